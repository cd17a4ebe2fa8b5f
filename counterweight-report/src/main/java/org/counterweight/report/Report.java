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

    /** A headline number with its source. */
    public record KeyNumber(String label, String value, String source) {
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
    }

    /** A chart with its caption and source. */
    public record Figure(Chart chart, String caption, String source) implements Block {
    }

    /** Plain text. */
    public record Paragraph(String text) implements Block {
    }
}
