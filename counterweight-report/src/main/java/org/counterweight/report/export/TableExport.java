package org.counterweight.report.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterweight.report.Report;

/**
 * A report table as CSV and as JSON, the files written beside the report so that every table can be
 * reused in a spreadsheet, R or pandas.
 *
 * <p><b>CSV</b> follows RFC 4180 (Shafranovich, <i>Common Format and MIME Type for Comma-Separated
 * Values (CSV) Files</i>, IETF, 2005): a header row of the column names, CRLF line ends, a field
 * quoted with {@code "} when it holds a comma, quote, CR or LF, quotes inside doubled. A null cell is
 * an empty field. Only the grid is in the CSV; title, source and notes are in the JSON. A text cell
 * that a spreadsheet would run as a formula (beginning with {@code =}, {@code +}, {@code -} not
 * starting a number, {@code @}, a tab or a carriage return) is prefixed with {@code '} (the OWASP
 * rule, {@link #neutralised}); the JSON keeps every text as it is.
 *
 * <p><b>JSON</b> (RFC 8259) is one object: {@code title}, {@code source}, {@code columns} (the names in
 * order), {@code rows} (one object per row, keyed by column, in column order) and {@code notes}.
 * A null cell is {@code null}; numbers are JSON numbers; booleans are JSON booleans; anything else is
 * its string.
 *
 * <p>In both, a {@code double} is written in the shortest plain decimal that reads back exactly
 * ({@code 0.1}, not {@code 0.1000000000000000055511151231257827}; {@code 1500000}, not
 * {@code 1.5E6}), or in a shorter one within two units in the last place where the value is a sum
 * carrying binary rounding noise ({@code 0.2531594}, not {@code 0.25315940000000003}; Numbers#shortest),
 * with {@link java.util.Locale#ROOT}; NaN and infinities are gaps. Files are UTF-8 without a
 * byte-order mark, written whole or not at all ({@link ExportFiles}).
 */
public final class TableExport {
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern NUMBER = Pattern.compile("[+-](?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?%?");

    private TableExport() {
    }

    /** The table as RFC 4180 CSV text: a header row, then one row per table row, each ending in CRLF. */
    public static String csv(Report.Table table) {
        check(table);
        StringBuilder b = new StringBuilder();
        headerRow(b, table.columns());
        for (List<Object> row : table.rows()) {
            csvRow(b, row);
        }
        return b.toString();
    }

    /** The table as a JSON object: title, source, columns, rows (objects keyed by column) and notes. */
    public static String json(Report.Table table) {
        return Json.write(document(table));
    }

    /** Several tables as one JSON array of the objects {@link #json(Report.Table)} writes. */
    public static String json(List<Report.Table> tables) {
        return Json.write(tables.stream().map(TableExport::document).toList());
    }

    private static Map<String, Object> document(Report.Table table) {
        check(table);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", table.id());
        doc.put("title", table.title());
        doc.put("source", table.source());
        doc.put("columns", table.columns());
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                object.put(table.columns().get(c), row.get(c));
            }
            rows.add(object);
        }
        doc.put("rows", rows);
        doc.put("notes", table.notes());
        return doc;
    }

    /** Writes {@link #csv(Report.Table)} to {@code file} in UTF-8, replacing it. */
    public static void writeCsv(Report.Table table, Path file) {
        ExportFiles.write(file, csv(table));
    }

    /** Writes {@link #json(Report.Table)} to {@code file} in UTF-8, replacing it. */
    public static void writeJson(Report.Table table, Path file) {
        ExportFiles.write(file, json(table));
    }

    /**
     * Writes {@code <id>.csv} and {@code <id>.json} into {@code directory} (created if missing) and
     * returns the two paths, CSV first. The table id must be a file-name token
     * ({@code [A-Za-z0-9][A-Za-z0-9._-]*}).
     */
    public static List<Path> writeBoth(Report.Table table, Path directory) {
        if (table.id() == null || !FILE_ID.matcher(table.id()).matches()) {
            throw new IllegalArgumentException("table id must match " + FILE_ID.pattern() + " to name its export files: "
                    + table.id());
        }
        Path csv = directory.resolve(table.id() + ".csv");
        Path json = directory.resolve(table.id() + ".json");
        writeCsv(table, csv);
        writeJson(table, json);
        return List.of(csv, json);
    }

    /**
     * The text of one cell as it appears in the CSV (without quoting); empty for a gap. A text a
     * spreadsheet would run as a formula is neutralised ({@link #neutralised}).
     */
    public static String cellText(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number n) {
            String text = Numbers.format(n);
            return text == null ? "" : text;
        }
        return neutralised(cell.toString());
    }

    /**
     * A text cell a spreadsheet would read as a formula, prefixed with {@code '} so that it shows as
     * the text it is: the OWASP rule against CSV injection (OWASP, "CSV Injection",
     * https://owasp.org/www-community/attacks/CSV_Injection): a cell beginning with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return. A {@code -} or {@code +} that starts
     * a number ({@code -0.5}, a number written as text) is left alone. Column names and numbers are
     * never changed; a claim's quote that begins {@code =HYPERLINK(...)} is written {@code '=HYPERLINK(...)}.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '-' || first == '+') && !NUMBER.matcher(text).matches());
        return risky ? "'" + text : text;
    }

    private static void csvRow(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csvField(cellText(cells.get(i))));
        }
        b.append("\r\n");
    }

    private static void headerRow(StringBuilder b, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csvField(columns.get(i)));
        }
        b.append("\r\n");
    }

    static String csvField(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void check(Report.Table table) {
        Set<String> seen = new HashSet<>();
        for (String column : table.columns()) {
            if (column == null || !seen.add(column)) {
                throw new IllegalArgumentException("table " + table.id() + ": column names must be present and distinct, "
                        + "got " + table.columns());
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            int cells = table.rows().get(r).size();
            if (cells != table.columns().size()) {
                throw new IllegalArgumentException("table " + table.id() + ": row " + r + " has " + cells + " cells for "
                        + table.columns().size() + " columns");
            }
        }
    }
}
