package org.counterweight.report;

import java.util.List;
import org.counterweight.report.chart.Chart;

/**
 * A report: a title and sections of blocks. Every table and chart names its source.
 *
 * @param title    the document title
 * @param subtitle what, when, from which data
 * @param summary  key numbers, each a (label, value, source) line shown at the top
 * @param sections the sections in order
 */
public record Report(String title, String subtitle, List<KeyNumber> summary, List<Section> sections) {
    public Report {
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
    }

    /**
     * A headline number, the command it repeats and where in that command's output it stands.
     *
     * @param label  what the number is
     * @param value  the number as shown, rounded as its command's table rounds or coarser
     * @param source the command line that prints it
     * @param note   the method, range or assumption a reader needs beside the number, or null
     * @param cell   the cell of the command's output that holds the number
     */
    public record KeyNumber(String label, String value, String source, String note, Cell cell) {
        public KeyNumber {
            java.util.Objects.requireNonNull(cell, "cell");
        }
    }

    /**
     * A cell of a command's output: the table with this id, the row whose cells match {@code row}
     * (column name to cell text; kept in column-name order), the column.
     */
    public record Cell(String table, java.util.Map<String, String> row, String column) {
        public Cell {
            row = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(row));
        }
    }

    /** A section: an anchor id, a title, an introduction, and blocks. */
    public record Section(String id, String title, String intro, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of a section. */
    public sealed interface Block permits Table, Figure, Paragraph {
    }

    /**
     * A table: columns, rows (null cells are empty, never 0), notes, and where it comes from. Its id
     * names the CSV and JSON exports written beside the report.
     */
    public record Table(String id, String title, List<String> columns, List<List<Object>> rows, List<String> notes,
            String source) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
            notes = List.copyOf(notes);
        }

        /** The same table under another id, title or source (how a result's table is placed in a report). */
        public Table with(String newId, String newTitle, String newSource) {
            return new Table(newId, newTitle, columns, rows, notes, newSource);
        }

        /** A builder for a table with these columns; null title: none shown. */
        public static Builder builder(String id, String title, String... columns) {
            return new Builder(id, title, List.of(columns));
        }

        /** Builds a table row by row, checking each row's width. */
        public static final class Builder {
            private final String id;
            private final String title;
            private final List<String> columns;
            private final List<List<Object>> rows = new java.util.ArrayList<>();
            private final List<String> notes = new java.util.ArrayList<>();

            private Builder(String id, String title, List<String> columns) {
                this.id = id;
                this.title = title;
                this.columns = columns;
            }

            /** Adds a row; null cells are empty, never 0. */
            public Builder row(Object... values) {
                if (values.length != columns.size()) {
                    throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size()
                            + " columns " + columns + ": " + java.util.Arrays.toString(values));
                }
                rows.add(java.util.Arrays.asList(values.clone()));
                return this;
            }

            public Builder note(String note) {
                notes.add(note);
                return this;
            }

            public boolean isEmpty() {
                return rows.isEmpty();
            }

            /** The table, with where it comes from. */
            public Table build(String source) {
                return new Table(id, title, columns, rows, notes, source);
            }
        }
    }

    /** A chart with its caption and source. */
    public record Figure(Chart chart, String caption, String source) implements Block {
    }

    /** Plain text. */
    public record Paragraph(String text) implements Block {
    }
}
