package org.counterweight.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command's result: named columns, rows of values (null is an empty cell, never 0), and notes
 * that say where the numbers come from.
 */
final class ResultTable {
    private final String title;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ResultTable(String title, String... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    ResultTable add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size()
                    + " columns " + columns + ": " + Arrays.toString(values));
        }
        rows.add(values.clone());
        return this;
    }

    ResultTable note(String note) {
        notes.add(note);
        return this;
    }

    String title() {
        return title;
    }

    List<String> columns() {
        return columns;
    }

    List<Object[]> rows() {
        return rows;
    }

    List<String> notes() {
        return notes;
    }

    org.counterweight.report.Report.Table toTable() {
        return new org.counterweight.report.Report.Table(null, title, columns, rows.stream().map(Arrays::asList).toList(),
                notes, null);
    }
}
