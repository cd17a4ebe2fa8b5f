package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * A dyad-year frame read into memory, for a few actors that a person will read.
 *
 * @param columns    the column names ({@code ccode1, ccode2, year}, then the added groups')
 * @param rows       the rows, a value per column (null where the dataset does not cover the dyad-year)
 * @param dictionary where each column comes from: dataset, version, meaning and coverage
 * @param warnings   how the actors asked for were read: guesses, the states standing for them by year, years
 *                   without one ("DEU" is the German Federal Republic in 1985-1990)
 */
public record DyadFrame(List<String> columns, List<List<Object>> rows, List<ColumnSource> dictionary,
        List<String> warnings) {
    public DyadFrame {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        dictionary = List.copyOf(dictionary);
        warnings = List.copyOf(warnings);
    }
}
