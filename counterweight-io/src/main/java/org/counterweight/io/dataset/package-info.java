/**
 * Readers for the public datasets bundled with Counterweight (COW, ATOP, SIPRI, Gleditsch-Ward,
 * countrycode, Thompson-Dreyer, Voeten's UN voting data, CAMEO), in the layouts of the files under
 * {@code data/datasets/}, and the catalogue {@link org.counterweight.io.dataset.BundledDatasets} that
 * names each bundled file, its source notes and its citation.
 *
 * <p>Every reader implements {@link org.counterweight.io.dataset.DatasetReader}: it reads one file
 * row by row into core model records, keeps missing values missing (empty, null or a
 * {@link org.counterweight.core.model.ValueStatus}, never zero) and reports bad input as an
 * {@link org.counterweight.io.InputFormatException} naming the file, line and column. Depends on the
 * core model and {@code org.counterweight.io.csv} only.
 */
package org.counterweight.io.dataset;
