package org.counterweight.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.counterweight.io.InputFormatException;

/**
 * Reads delimited text (RFC 4180 quoting: fields in double quotes may hold the delimiter,
 * doubled quotes and line breaks) row by row, with the header's column names and the line each
 * row starts on. A byte-order mark is skipped. Rows whose field count differs from the header's
 * are errors naming the line.
 */
public final class CsvReader {
    /** Longest field accepted, so that garbage without line breaks cannot exhaust memory. */
    static final int MAX_FIELD_LENGTH = 1 << 20;

    private final String fileName;
    private final char delimiter;

    public CsvReader(String fileName, char delimiter) {
        this.fileName = fileName;
        this.delimiter = delimiter;
    }

    public static CsvReader comma(String fileName) {
        return new CsvReader(fileName, ',');
    }

    public static CsvReader tab(String fileName) {
        return new CsvReader(fileName, '\t');
    }

    /**
     * Reads the header and passes every row to {@code rows}; returns the header.
     *
     * @param required columns that must be present in the header
     * @throws InputFormatException on a missing column, a ragged row or an unterminated quote
     */
    public List<String> read(Reader input, List<String> required, Consumer<CsvRow> rows) {
        Parser parser = new Parser(input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16));
        List<String> header = parser.next();
        if (header == null) {
            throw new InputFormatException(fileName, 0, null, "empty file: no header row");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                throw new InputFormatException(fileName, 1, column,
                        "missing column; the header has " + header);
            }
        }
        List<String> fields;
        while (true) {
            long line = parser.nextRowLine();
            fields = parser.next();
            if (fields == null) {
                break;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw new InputFormatException(fileName, line, null, "expected " + header.size()
                        + " fields as in the header, found " + fields.size());
            }
            rows.accept(new CsvRow(fileName, line, index, fields));
        }
        return List.copyOf(header);
    }

    /** Character-level state machine over the input. */
    private final class Parser {
        private final BufferedReader input;
        private long line = 1;
        private int pushedBack = -2;

        Parser(BufferedReader input) {
            this.input = input;
        }

        long nextRowLine() {
            return line;
        }

        private int read() {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            try {
                return input.read();
            } catch (IOException e) {
                throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
            }
        }

        /** The next row's fields, or null at end of input. */
        List<String> next() {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            long startLine = line;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new InputFormatException(fileName, startLine, null,
                                "unterminated quoted field");
                    }
                    if (c == '"') {
                        int following = read();
                        if (following == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = following;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == -1 || c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            pushedBack = following;
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else if (c == delimiter) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
                if (field.length() > MAX_FIELD_LENGTH) {
                    throw new InputFormatException(fileName, startLine, null,
                            "field longer than " + MAX_FIELD_LENGTH + " characters: not a delimited text file?");
                }
                c = read();
            }
        }
    }
}
