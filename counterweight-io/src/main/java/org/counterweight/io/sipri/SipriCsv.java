package org.counterweight.io.sipri;

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
 * Splits a SIPRI CSV export into records (RFC 4180 quoting, comma delimiter) with the line each
 * starts on. Unlike {@link org.counterweight.io.csv.CsvReader} it has no header of its own: SIPRI
 * exports begin with title and note lines of varying width. Binary input (control characters,
 * undecodable bytes) and runaway fields or records fail at once, so garbage never hangs or fills
 * memory.
 */
final class SipriCsv {
    /** Longest field accepted; SIPRI's longest comments are a few hundred characters. */
    static final int MAX_FIELD_LENGTH = 1 << 16;
    /** Most fields accepted in a record; a 1950-2100 TIV table has about 150. */
    static final int MAX_FIELDS = 1024;

    /** One record and the 1-based line it starts on. */
    record Row(long line, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        boolean blank() {
            for (String f : fields) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String fileName;
    private final BufferedReader input;
    private long line = 1;
    private int pushedBack = -2;
    private boolean first = true;

    SipriCsv(String fileName, Reader input) {
        this.fileName = fileName;
        this.input = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
    }

    String fileName() {
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
                    "bytes that are not valid text in the expected encoding: not a SIPRI CSV export"
                            + " (binary file, or a different character set?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        if (c != -1 && c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F || c == '\uFFFD') {
            throw new InputFormatException(fileName, line, null, String.format(Locale.ROOT,
                    "control character U+%04X: binary data, not a SIPRI CSV export", c));
        }
        return c;
    }

    /** The next record, or null at the end of input. */
    Row next() {
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
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (fields.size() > MAX_FIELDS) {
                    throw new InputFormatException(fileName, startLine, null,
                            "more than " + MAX_FIELDS + " fields in one record: not a SIPRI CSV export");
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
            if (field.length() > MAX_FIELD_LENGTH) {
                throw new InputFormatException(fileName, startLine, null,
                        "field longer than " + MAX_FIELD_LENGTH + " characters: not a SIPRI CSV export");
            }
            c = read();
        }
    }
}
