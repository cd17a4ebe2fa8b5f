package org.counterweight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Rounding;
import org.counterweight.report.Report;
import org.counterweight.report.export.TableExport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints tables. {@code table}: aligned text with the title above and the notes below. {@code csv}
 * and {@code json}: exactly what the report writes beside itself for each table ({@link TableExport}:
 * RFC 4180 CSV of the grid; one JSON object per table with its id, title, source, columns, rows and
 * notes, an array of them for several tables), so a script reads a command's output and a report's
 * export the same way.
 */
final class Renderer {
    /** Cells wider than this are cut in text tables (CSV and JSON keep them whole). */
    private static final int MAX_CELL = 80;

    private Renderer() {
    }

    /**
     * Renders a command's tables to its output, each naming the command line as its source where it
     * names none of its own.
     */
    static void render(List<Report.Table> tables, CommandSpec command, OutputFormat format) {
        String source = invocation(command);
        render(tables.stream().map(t -> t.source() == null ? t.with(t.id(), t.title(), source) : t).toList(), format,
                command.commandLine().getOut());
    }

    /** The command as typed, without the options that only say where to read and how to print. */
    private static String invocation(CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of(spec.qualifiedName()));
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int start = args.indexOf(spec.name()) + 1;
        for (int i = start; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") || arg.equals("--format")) {
                i++;
            } else if (!arg.startsWith("--db=") && !arg.startsWith("--format=")) {
                words.add(arg.contains(" ") ? "'" + arg + "'" : arg);
            }
        }
        return String.join(" ", words);
    }

    static void render(List<Report.Table> tables, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> tables.forEach(t -> table(t, out));
            case CSV -> {
                for (int i = 0; i < tables.size(); i++) {
                    if (i > 0) {
                        out.print("\r\n");
                    }
                    out.print(TableExport.csv(tables.get(i)));
                }
            }
            case JSON -> out.print(tables.size() == 1 ? TableExport.json(tables.get(0)) : TableExport.json(tables));
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        out.flush();
    }

    /** A cell for reading: doubles to 10 significant digits, gaps empty. */
    static String text(Object value) {
        return value instanceof Double d ? Rounding.text(d) : TableExport.cellText(value);
    }

    private static void table(Report.Table table, PrintWriter out) {
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).length();
        }
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], Math.min(MAX_CELL, text(row.get(c)).length()));
            }
        }
        if (table.title() != null) {
            out.println(table.title());
        }
        line(List.copyOf(table.columns()), widths, out);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        for (List<Object> row : table.rows()) {
            line(row, widths, out);
        }
        if (table.rows().isEmpty()) {
            out.println("(no rows)");
        }
        table.notes().forEach(note -> out.println("  " + note));
        out.println();
    }

    private static void line(List<?> values, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = text(values.get(c)).replace('\n', ' ');
            if (cell.length() > MAX_CELL) {
                cell = cell.substring(0, MAX_CELL - 1) + "…";
            }
            String spaces = " ".repeat(Math.max(0, widths[c] - cell.length()));
            line.append(values.get(c) instanceof Number ? spaces + cell : cell + spaces).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }
}
