package org.counterweight.app.datasets;

import java.nio.file.Path;

/**
 * A dyad-year frame written to a file, with its column dictionary beside it.
 *
 * @param file       the frame, CSV or Parquet
 * @param rows       the rows written
 * @param dictionary {@code FILE.sources.csv}: the dataset, version, meaning and coverage of every column
 */
public record WrittenDyadFrame(Path file, long rows, Path dictionary) {
}
