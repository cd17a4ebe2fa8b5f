package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.counterweight.store.DyadFrames;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * A dyad-year or state-year frame read into memory, for a few actors that a person will read.
 *
 * @param columns    the column names ({@code ccode1, ccode2, year} or {@code ccode, statenme, year}, then the
 *                   added groups')
 * @param rows       the rows, a value per column (null where the dataset gives none: the basis columns say
 *                   why); read from the store, they are in year order, by code within a year (a file keeps the
 *                   store's order, by code then year)
 * @param dictionary where each column comes from: dataset, version, meaning and coverage
 * @param warnings   how the actors asked for were read: guesses, the states standing for them by year, years
 *                   without one ("DEU" is the German Federal Republic in 1985-1990)
 */
public record FrameRows(List<String> columns, List<List<Object>> rows, List<ColumnSource> dictionary,
        List<String> warnings) {
    /**
     * The rows of a frame the store read, in year order (the store's order, by code, within a year: an actor
     * standing for two codes, "DEU" for 260 to 1990 and 255 after, would otherwise list its later years
     * first), with its dictionary and the request's warnings.
     */
    static FrameRows of(DyadFrames.Frame frame, List<ColumnSource> dictionary, List<String> warnings) {
        int year = frame.columns().indexOf("year");
        List<List<Object>> rows = new ArrayList<>(frame.rows().stream().map(java.util.Arrays::asList).toList());
        if (year >= 0) {
            rows.sort(Comparator.comparingInt(row -> ((Number) row.get(year)).intValue()));
        }
        return new FrameRows(frame.columns(), rows, dictionary, warnings);
    }

    public FrameRows {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        dictionary = List.copyOf(dictionary);
        warnings = List.copyOf(warnings);
    }
}
