package org.counterweight.app.datasets;

import java.nio.file.Path;
import java.util.List;

/**
 * A dyad-year or state-year frame written to a file, with its column dictionary beside it (and, in a
 * Parquet file, in its footer's key-value metadata too).
 *
 * @param file       the frame, CSV or Parquet
 * @param rows       the rows written
 * @param dictionary {@code FILE.sources.csv}: the dataset, version, meaning and coverage of every column
 * @param warnings   how the actors asked for were read: guesses, the states standing for them by year, years
 *                   without one ("DEU" is the German Federal Republic in 1985-1990)
 */
public record WrittenFrame(Path file, long rows, Path dictionary, List<String> warnings) {
    public WrittenFrame {
        warnings = List.copyOf(warnings);
    }
}
