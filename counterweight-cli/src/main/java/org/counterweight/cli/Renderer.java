package org.counterweight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@link ResultTable}s. Tables are aligned text with notes below; CSV is RFC 4180 with the
 * notes left out (provenance travels in columns); JSON is one object per table with its columns,
 * rows as objects, and notes. Numbers are printed with {@link Locale#ROOT}.
 */
final class Renderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Renderer() {
    }

    static void render(List<ResultTable> tables, OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> tables.forEach(t -> table(t, out));
            case CSV -> {
                for (int i = 0; i < tables.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    csv(tables.get(i), out);
                }
            }
            case JSON -> json(tables, out);
            default -> throw new IllegalStateException("unhandled format " + format);
        }
        out.flush();
    }

    /** Rounds half up to {@code decimals} places, for shares and percentages shown to people. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A cell for reading: doubles to 10 significant digits. */
    static String text(Object value) {
        if (value instanceof Double d && Double.isFinite(d) && d != Math.rint(d)) {
            return new BigDecimal(d).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
        }
        return exact(value);
    }

    /** A cell for machines: doubles in their shortest exact decimal form, never in exponent notation. */
    static String exact(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.format(Locale.ROOT, "%.0f", d);
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value.toString();
    }

    private static void table(ResultTable table, PrintWriter out) {
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).length();
        }
        for (Object[] row : table.rows()) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], Math.min(80, text(row[c]).length()));
            }
        }
        if (table.title() != null) {
            out.println(table.title());
        }
        line(table.columns().toArray(), widths, out);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        for (Object[] row : table.rows()) {
            line(row, widths, out);
        }
        if (table.rows().isEmpty()) {
            out.println("(no rows)");
        }
        table.notes().forEach(note -> out.println("  " + note));
        out.println();
    }

    private static void line(Object[] values, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = text(values[c]).replace('\n', ' ');
            if (cell.length() > 80) {
                cell = cell.substring(0, 79) + "…";
            }
            boolean numeric = values[c] instanceof Number;
            line.append(numeric ? pad(cell, widths[c], true) : pad(cell, widths[c], false)).append("  ");
        }
        out.println(line.toString().stripTrailing());
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - cell.length()));
        return right ? spaces + cell : cell + spaces;
    }

    static void csv(ResultTable table, PrintWriter out) {
        out.println(csvLine(table.columns().toArray()));
        for (Object[] row : table.rows()) {
            out.println(csvLine(row));
        }
    }

    static String csvLine(Object[] values) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                line.append(',');
            }
            String cell = exact(values[c]);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            line.append(cell);
        }
        return line.toString();
    }

    private static void json(List<ResultTable> tables, PrintWriter out) {
        ArrayNode array = JSON.createArrayNode();
        for (ResultTable table : tables) {
            ObjectNode node = array.addObject();
            if (table.title() != null) {
                node.put("title", table.title());
            }
            ArrayNode rows = node.putArray("rows");
            for (Object[] row : table.rows()) {
                ObjectNode object = rows.addObject();
                for (int c = 0; c < row.length; c++) {
                    put(object, table.columns().get(c), row[c]);
                }
            }
            ArrayNode notes = node.putArray("notes");
            table.notes().forEach(notes::add);
        }
        try {
            out.println(JSON.writeValueAsString(tables.size() == 1 ? array.get(0) : array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void put(ObjectNode object, String key, Object value) {
        if (value == null || value instanceof Double d && d.isNaN()) {
            object.putNull(key);
        } else if (value instanceof Integer i) {
            object.put(key, i);
        } else if (value instanceof Long l) {
            object.put(key, l);
        } else if (value instanceof Double d) {
            object.put(key, d);
        } else if (value instanceof Boolean b) {
            object.put(key, b);
        } else {
            object.put(key, value.toString());
        }
    }
}
