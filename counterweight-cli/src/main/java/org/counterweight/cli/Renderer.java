package org.counterweight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * export the same way. One CSV stream never holds two tables: a command with several prints its first
 * in CSV and names the others on the error stream, {@code --table ID} picks one, and {@code --out-dir}
 * writes one file per table ({@link FormatOptions}).
 */
final class Renderer {
    /** Cells wider than this are cut in text tables, which then say so (CSV and JSON keep them whole). */
    private static final int MAX_CELL = 80;

    private Renderer() {
    }

    /**
     * Renders a command's tables to its output, each naming the command line as its source where it
     * names none of its own: the one {@code --table} names, or each to its file under {@code --out-dir}.
     */
    static void render(List<Report.Table> tables, CommandSpec command, FormatOptions options) {
        String source = invocation(command);
        List<Report.Table> stamped = chosen(tables.stream().map(t -> t.source() == null ? t.with(t.id(), t.title(),
                source) : t).toList(), options.table);
        PrintWriter out = command.commandLine().getOut();
        if (options.outDir != null) {
            write(stamped, options.format, options.outDir, out);
            return;
        }
        if (options.format == OutputFormat.CSV && stamped.size() > 1) {
            PrintWriter err = command.commandLine().getErr();
            err.println("note: printed the table " + stamped.get(0).id() + "; this command also gives "
                    + String.join(", ", stamped.subList(1, stamped.size()).stream().map(Report.Table::id).toList())
                    + " (one CSV holds one table: print another with --table ID, or write each to its file with"
                    + " --out-dir DIR)");
            err.flush();
            stamped = stamped.subList(0, 1);
        }
        render(stamped, options.format, out);
    }

    /** The table {@code id} names, or all of them for null; an unknown id is refused naming the known ones. */
    private static List<Report.Table> chosen(List<Report.Table> tables, String id) {
        if (id == null) {
            return tables;
        }
        List<Report.Table> named = tables.stream().filter(t -> id.equals(t.id())).toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException("--table " + id + ": this command gives the tables "
                    + String.join(", ", tables.stream().map(Report.Table::id).toList()));
        }
        return named;
    }

    /** Writes each table to {@code directory} as ID.csv, or ID.json in the json format, and lists the files. */
    private static void write(List<Report.Table> tables, OutputFormat format, Path directory, PrintWriter out) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out-dir " + directory + ": cannot create it: " + e.getMessage(), e);
        }
        for (Report.Table table : tables) {
            Path file = directory.resolve(table.id() + (format == OutputFormat.JSON ? ".json" : ".csv"));
            if (format == OutputFormat.JSON) {
                TableExport.writeJson(table, file);
            } else {
                TableExport.writeCsv(table, file);
            }
            out.println(file);
        }
        out.flush();
    }

    /** Options that only say where to read and how to print; the tables' source leaves them out. */
    private static final List<String> PRINTING = List.of("--db", "--format", "--table", "--out-dir");

    /** The command as typed, without the options that only say where to read and how to print. */
    private static String invocation(CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of(spec.qualifiedName()));
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int start = args.indexOf(spec.name()) + 1;
        for (int i = start; i < args.size(); i++) {
            String arg = args.get(i);
            if (PRINTING.contains(arg)) {
                i++;
            } else if (PRINTING.stream().noneMatch(option -> arg.startsWith(option + "="))) {
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
        long cut = table.rows().stream().flatMap(List::stream).filter(value -> cell(value).length() > MAX_CELL)
                .count();
        if (cut > 0) {
            out.println("  (cut: " + cut + (cut == 1 ? " cell" : " cells") + " longer than " + MAX_CELL
                    + " characters, ending in '…' here; --format csv or json gives every cell whole, quotes exactly)");
        }
        out.println();
    }

    /** A value as one line of text. */
    private static String cell(Object value) {
        return text(value).replace('\n', ' ');
    }

    private static void line(List<?> values, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cell(values.get(c));
            if (cell.length() > MAX_CELL) {
                cell = cell.substring(0, MAX_CELL - 1) + "…";
            }
            String spaces = " ".repeat(Math.max(0, widths[c] - cell.length()));
            line.append(values.get(c) instanceof Number ? spaces + cell : cell + spaces).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }
}
