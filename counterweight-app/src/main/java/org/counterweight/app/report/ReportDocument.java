package org.counterweight.app.report;

import java.util.List;
import org.counterweight.report.Report;
import org.counterweight.report.export.SignedGraph;

/**
 * A report ready to render: the document, every table it holds (for the CSV and JSON exports beside
 * it), and the year's signed network (for GraphML and GEXF).
 *
 * @param report the document
 * @param tables every table of the report, in the order they appear, ids distinct
 * @param graph  the year's network, nodes with name, bloc and CINC, edges with their evidence
 */
public record ReportDocument(Report report, List<Report.Table> tables, SignedGraph graph) {
    public ReportDocument {
        tables = List.copyOf(tables);
    }

    /** The headline number whose label starts with {@code label}. */
    public Report.KeyNumber keyNumber(String label) {
        return report.summary().stream().filter(k -> k.label().startsWith(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no headline number '" + label + "'"));
    }

    /** The table with this id. */
    public Report.Table table(String id) {
        return tables.stream().filter(t -> id.equals(t.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
