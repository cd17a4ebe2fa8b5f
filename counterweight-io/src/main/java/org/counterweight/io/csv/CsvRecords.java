package org.counterweight.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.counterweight.io.InputFormatException;

/**
 * Splits delimited text into records (RFC 4180 quoting: quoted fields may hold the delimiter,
 * doubled quotes and line breaks) with the line each starts on; a byte-order mark is skipped. It
 * knows nothing of headers, so it serves plain tables ({@link CsvReader}) and exports that begin
 * with title and note lines of varying width (SIPRI's). Binary input (a control character outside
 * a quoted field, undecodable bytes) and runaway fields or records fail at once, so garbage never hangs or fills
 * memory.
 */
public final class CsvRecords {
    /** Longest field accepted. */
    static final int MAX_FIELD_LENGTH = 1 << 20;
    /** Most fields accepted in a record. */
    static final int MAX_FIELDS = 4096;

    /** One record and the 1-based line it starts on. */
    public record Row(long line, List<String> fields) {
        /** Field {@code i}, stripped; "" past the end of the record. */
        public String field(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        /** Whether every field is blank. */
        public boolean blank() {
            for (String f : fields) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String fileName;
    private final char delimiter;
    private final BufferedReader input;
    private long line = 1;
    private int pushedBack = -2;
    private boolean first = true;

    public CsvRecords(String fileName, Reader input, char delimiter) {
        this.fileName = fileName;
        this.delimiter = delimiter;
        this.input = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
    }

    public String fileName() {
        return fileName;
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c;
        try {
            c = input.read();
        } catch (CharacterCodingException e) {
            throw new InputFormatException(fileName, line, null,
                    "bytes that are not valid text in the expected encoding (a binary file, or a different"
                            + " character set?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        if (c == '\uFFFD') {
            throw new InputFormatException(fileName, line, null,
                    "replacement character U+FFFD: the bytes were not valid text (a binary file?)");
        }
        return c;
    }

    /** The next record, or null at the end of input. */
    public Row next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new InputFormatException(fileName, startLine, null, "unterminated quoted field");
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
                return new Row(startLine, List.copyOf(fields));
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (fields.size() > MAX_FIELDS) {
                    throw new InputFormatException(fileName, startLine, null,
                            "more than " + MAX_FIELDS + " fields in one record: not delimited text");
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else {
                if (c < 0x20 && c != '\t' || c == 0x7F) {
                    throw new InputFormatException(fileName, line, null, String.format(Locale.ROOT,
                            "control character U+%04X outside quotes: binary data, not delimited text", c));
                }
                field.append((char) c);
                fieldStarted = true;
            }
            if (field.length() > MAX_FIELD_LENGTH) {
                throw new InputFormatException(fileName, startLine, null,
                        "field longer than " + MAX_FIELD_LENGTH + " characters: not delimited text");
            }
            c = read();
        }
    }
}
