package org.counterweight.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * A frame's SQL as its column groups assemble it: common table expressions, the select list and the
 * joins, each with its bound parameters in the order they appear in the SQL, and the dictionary entry
 * of every column added, so that what a frame holds and what its dictionary says come from one place.
 *
 * <p>Values measured on one state (CINC, democracy, GDP) are joined once per state-year, in the
 * common table expression {@code state_attributes} (the frame's state-years {@code s} with one column per
 * {@link #stateColumn}), not once per dyad-year: a dyad-year frame pairs two rows of it, carrying each
 * state's columns as {@code NAME_1} and {@code NAME_2}, and a state-year frame reads it as it is. A
 * whole-system frame has about 17,000 state-years and two million dyad-years.
 */
final class FrameQuery {
    private final ColumnNames names;
    private final StringBuilder with = new StringBuilder();
    private final List<Object> withParameters = new ArrayList<>();
    /** The sorted query's columns after its packed key: every value or helper the frame's columns read. */
    private final List<String> inner = new ArrayList<>();
    /** The frame's columns, read from the sorted query. */
    private final List<String> outer = new ArrayList<>();
    private final List<Key> keys = new ArrayList<>();
    private final List<Object> selectParameters = new ArrayList<>();
    private final StringBuilder joins = new StringBuilder();
    private final List<Object> joinParameters = new ArrayList<>();
    private final List<ColumnSource> dictionary = new ArrayList<>();
    private final List<String> stateColumns = new ArrayList<>();
    private final List<String> stateSelected = new ArrayList<>();
    private final List<Object> stateSelectParameters = new ArrayList<>();
    private final StringBuilder stateJoins = new StringBuilder();
    private final List<Object> stateJoinParameters = new ArrayList<>();

    FrameQuery(ColumnNames names) {
        this.names = names;
    }

    ColumnNames names() {
        return names;
    }

    /** Adds a common table expression ({@code name AS (...)}). */
    FrameQuery with(String expression, Object... parameters) {
        if (with.length() > 0) {
            with.append(",\n");
        }
        with.append(expression);
        Collections.addAll(withParameters, parameters);
        return this;
    }

    /** Adds a join (with its leading space and keyword). */
    FrameQuery join(String join, Object... parameters) {
        joins.append(join);
        Collections.addAll(joinParameters, parameters);
        return this;
    }

    /** The values a key column can take, which fix the bits it takes in the packed sort key. */
    enum KeyRange {
        /** A COW or Gleditsch-Ward state code (1-999, as the dataset readers check). */
        STATE_CODE(0, 999),
        /** A frame's year (see {@link Frames#checkYears}). */
        YEAR(1816, 2100);

        private final int min;
        private final int bits;

        KeyRange(int min, int max) {
            this.min = min;
            this.bits = Integer.SIZE - Integer.numberOfLeadingZeros(max - min);
        }
    }

    /** A key column: its SQL before the sort, its range, and where the frame's columns show it. */
    private record Key(String expression, KeyRange range, int position, String column) {
    }

    /**
     * Adds a key column: the frame is sorted by its keys in the order they are added. The keys are
     * packed into one integer, sorted with only the values the columns need, and unpacked to INTEGER
     * columns after the sort (one integer sorts faster than three small ones).
     */
    FrameQuery key(ColumnSource source, String expression, KeyRange range) {
        keys.add(new Key(expression, range, outer.size(), source.column()));
        outer.add(null);
        dictionary.add(source);
        return this;
    }

    /** Adds a column under its output name, with its dictionary entry. */
    FrameQuery column(ColumnSource source, String expression, Object... parameters) {
        derived(source, hidden(expression, parameters));
        return this;
    }

    /**
     * Adds a value computed before the sort that no column shows as it is, and returns its alias for
     * {@link #derived} columns (a small code sorts faster than the strings or columns made of it).
     */
    String hidden(String expression, Object... parameters) {
        String alias = "v" + inner.size();
        inner.add(expression + " AS " + alias);
        Collections.addAll(selectParameters, parameters);
        return alias;
    }

    /** Adds a column computed after the sort from {@link #hidden} values (by their aliases), with its entry. */
    FrameQuery derived(ColumnSource source, String expression) {
        outer.add(expression + " AS \"" + source.column() + "\"");
        dictionary.add(source);
        return this;
    }

    /**
     * Adds a column of {@code state_attributes}, computed from the state-year {@code s} (its ccode and year)
     * and the state joins.
     */
    FrameQuery stateColumn(String name, String expression, Object... parameters) {
        stateColumns.add(name);
        stateSelected.add(expression + " AS " + name);
        Collections.addAll(stateSelectParameters, parameters);
        return this;
    }

    /** Adds a join of {@code state_attributes} (with its leading space and keyword), on {@code s.ccode, s.year}. */
    FrameQuery stateJoin(String join, Object... parameters) {
        stateJoins.append(join);
        Collections.addAll(stateJoinParameters, parameters);
        return this;
    }

    /** The columns of {@code state_attributes} after ccode and year. */
    List<String> stateColumns() {
        return List.copyOf(stateColumns);
    }

    List<ColumnSource> dictionary() {
        return List.copyOf(dictionary);
    }

    /**
     * The SQL selecting every column from {@code from} (with its alias) sorted by the keys, after the
     * common table expressions, {@code state_attributes} and the frame's own ({@code frame}, or none).
     * The rows are sorted by one packed key with only the values the columns need, then the columns are
     * made: sorting two million rows moves every byte of them.
     */
    DyadFrames.Query build(String frame, String from) {
        List<Object> parameters = new ArrayList<>(withParameters);
        parameters.addAll(stateSelectParameters);
        parameters.addAll(stateJoinParameters);
        parameters.addAll(selectParameters);
        parameters.addAll(joinParameters);
        String states = "state_attributes AS (SELECT s.ccode, s.year" + stateSelected.stream().map(c -> ", " + c)
                .collect(Collectors.joining()) + " FROM state_years s" + stateJoins + ")";
        int bits = keys.stream().mapToInt(k -> k.range().bits).sum();
        if (bits > Long.SIZE - 1) {
            throw new IllegalStateException("the frame's keys take " + bits + " bits, more than a BIGINT holds");
        }
        String type = bits < Integer.SIZE ? "INTEGER" : "BIGINT";
        List<String> packed = new ArrayList<>();
        List<String> columns = new ArrayList<>(outer);
        int shift = bits;
        for (Key key : keys) {
            shift -= key.range().bits;
            packed.add("((" + key.expression() + " - " + key.range().min + ")::" + type + " << " + shift + ")");
            columns.set(key.position(), "(((k >> " + shift + ") & " + ((1L << key.range().bits) - 1) + ") + "
                    + key.range().min + ")::INTEGER AS \"" + key.column() + "\"");
        }
        String sorted = "sorted AS (SELECT " + String.join(" | ", packed) + " AS k" + inner.stream().map(c -> ", " + c)
                .collect(Collectors.joining()) + " FROM " + from + joins + " ORDER BY k)";
        return new DyadFrames.Query("WITH " + with + ",\n" + states + (frame == null ? "" : ",\n" + frame) + ",\n"
                + sorted + "\nSELECT " + String.join(", ", columns) + " FROM sorted", parameters);
    }

    /**
     * A value column a group's basis column reports on.
     *
     * @param column     its output name
     * @param value      its SQL value
     * @param notCovered the SQL condition under which its dataset does not cover the row
     */
    record Checked(String column, String value, String notCovered) {
    }

    /**
     * The basis of a group of columns: {@code not-covered} when no column's dataset covers the row,
     * {@code observed} when every column has a value, and otherwise each empty column with why,
     * {@code column:not-covered} (outside its dataset's years) or {@code column:not-coded} (inside them,
     * but the dataset gives no value), joined with ';'. Zero, missing and not covered stay apart.
     */
    static String basis(List<Checked> checked) {
        String none = checked.stream().map(c -> "(" + c.notCovered() + ")").collect(Collectors.joining(" AND "));
        String parts = checked.stream().map(c -> "CASE WHEN " + c.value() + " IS NULL THEN '" + c.column() + ":' ||"
                + " CASE WHEN " + c.notCovered() + " THEN 'not-covered' ELSE 'not-coded' END END")
                .collect(Collectors.joining(", "));
        return "CASE WHEN " + none + " THEN 'not-covered' ELSE coalesce(nullif(concat_ws(';', " + parts
                + "), ''), 'observed') END";
    }

    /**
     * The empty columns of one row with why, {@code column:not-covered} or {@code column:not-coded}, joined
     * with ';', or NULL when every column has a value (for a basis computed per state-year).
     */
    static String exceptions(List<Checked> checked) {
        return "nullif(concat_ws(';', " + checked.stream().map(c -> "CASE WHEN " + c.value() + " IS NULL THEN '"
                + c.column() + ":' || CASE WHEN " + c.notCovered() + " THEN 'not-covered' ELSE 'not-coded' END END")
                .collect(Collectors.joining(", ")) + "), '')";
    }

    /**
     * A group's basis from the exceptions of its states (columns of {@link #exceptions}, one per side):
     * {@code not-covered} when {@code outside}, {@code observed} when none has an exception, else them.
     */
    static String basis(String outside, List<String> sideExceptions) {
        return "CASE WHEN " + outside + " THEN 'not-covered' ELSE coalesce(nullif(concat_ws(';', "
                + String.join(", ", sideExceptions) + "), ''), 'observed') END";
    }

    /** The SQL condition that {@code year} lies outside {@code coverage} (always true when nothing is loaded). */
    static String outside(String year, Coverage coverage) {
        return coverage.first() == null ? "TRUE" : year + " NOT BETWEEN " + coverage.first() + " AND " + coverage.last();
    }

    /** The years a dataset (or one of its columns) covers; both null when nothing is loaded. */
    record Coverage(Integer first, Integer last) {
        String text() {
            return first == null ? "not loaded" : first + "-" + last;
        }

        /** The years, and from when values are carried. */
        String carried(boolean carry) {
            return first == null || !carry ? text() : text() + "; carried from " + last + " to later years";
        }

        /** The span of several coverages (from the earliest first year to the latest last year). */
        static Coverage span(List<Coverage> coverages) {
            Integer first = coverages.stream().map(Coverage::first).filter(java.util.Objects::nonNull)
                    .min(Integer::compare).orElse(null);
            Integer last = coverages.stream().map(Coverage::last).filter(java.util.Objects::nonNull)
                    .max(Integer::compare).orElse(null);
            return new Coverage(first, last);
        }
    }
}
