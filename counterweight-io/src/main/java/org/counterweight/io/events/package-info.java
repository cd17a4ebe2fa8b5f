/**
 * Streaming readers of event dumps: GDELT 1.0 events (57-column back files, 58-column daily files
 * with SOURCEURL), GDELT 2.0 events (61 columns) and mentions (16 columns), and ICEWS Dataverse files
 * (20 columns), plain, gzipped or zipped, one file, a folder or a glob. The format is detected from
 * the file's first line; a line that cannot be read becomes an erratum naming file, line and field,
 * and the rest of the file is read; the datasets' known defects are counted.
 */
package org.counterweight.io.events;
