package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.counterweight.store.DyadFrames;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * A dyad-year or state-year frame read into memory, for a few actors that a person will read.
 *
 * @param columns    the column names ({@code ccode1, ccode2, year} or {@code ccode, statenme, year}, then the
 *                   added groups')
 * @param rows       the rows, a value per column (null where the dataset gives none: the basis columns say why)
 * @param dictionary where each column comes from: dataset, version, meaning and coverage
 * @param warnings   how the actors asked for were read: guesses, the states standing for them by year, years
 *                   without one ("DEU" is the German Federal Republic in 1985-1990)
 */
public record FrameRows(List<String> columns, List<List<Object>> rows, List<ColumnSource> dictionary,
        List<String> warnings) {
    /** The rows of a frame the store read, with its dictionary and the request's warnings. */
    static FrameRows of(DyadFrames.Frame frame, List<ColumnSource> dictionary, List<String> warnings) {
        return new FrameRows(frame.columns(), frame.rows().stream().map(java.util.Arrays::asList).toList(), dictionary,
                warnings);
    }

    public FrameRows {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        dictionary = List.copyOf(dictionary);
        warnings = List.copyOf(warnings);
    }
}
