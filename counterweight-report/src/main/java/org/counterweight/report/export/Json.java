package org.counterweight.report.export;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer (RFC 8259): objects from {@link Map} (in the map's iteration order), arrays from
 * {@link List}, strings, numbers, booleans and null. Output is ASCII: every character outside
 * printable ASCII is written as a {@code \\uXXXX} escape, so the file reads the same whatever
 * encoding a tool assumes. Pretty-printed with two-space indentation.
 */
public final class Json {
    private final StringBuilder out = new StringBuilder();

    private Json() {
    }

    /** The JSON text of {@code value}, ending with a newline. */
    public static String write(Object value) {
        Json json = new Json();
        json.value(value, 0);
        return json.out.append('\n').toString();
    }

    /** A JSON string literal, quotes included. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2);
        b.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(quote(s));
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Number n) {
            String text = Numbers.format(n);
            out.append(text == null ? "null" : text);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else {
            out.append(quote(value.toString()));
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(sep);
            indent(depth + 1);
            out.append(quote(String.valueOf(e.getKey()))).append(": ");
            value(e.getValue(), depth + 1);
            sep = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String sep = "\n";
        for (Object item : list) {
            out.append(sep);
            indent(depth + 1);
            value(item, depth + 1);
            sep = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }
}
