package org.counterweight.io.sipri;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.csv.CsvRecords;

/** Helpers shared by the SIPRI readers: opening files strictly, numbers, the "Generated" date. */
final class SipriText {
    private static final Pattern GENERATED = Pattern.compile("(?i)^(?:data )?generated:\\s*(.*)$");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|2\\d\\d\\d)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

    private SipriText() {
    }

    /** A reader that reports undecodable bytes instead of replacing them. */
    /** Reads a file decoded strictly in {@code charset} with {@code reader}, which gets the text and file name. */
    static <T> T readFile(Path path, Charset charset, java.util.function.BiFunction<Reader, String, T> reader) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader input = new InputStreamReader(Files.newInputStream(path), decoder)) {
            return reader.apply(input, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** True when the cell is a "Generated:" or "Data generated:" line. */
    /** Most records allowed between the title and the header (SIPRI's files have about 10). */
    static final int MAX_PREAMBLE_LINES = 50;

    /** The release (from the "Generated:" line) and the header row found after an export's title. */
    record Preamble(String release, CsvRecords.Row header) {
    }

    /**
     * Reads the note lines between an export's title and its header: the release from the
     * "Generated:" or "Data generated:" line, and the first row {@code isHeader} accepts.
     *
     * @param headerHint what the header looks like, for the error when none is found
     * @param generatedField the field name errors give for a missing "Generated:" line
     */
    static Preamble preamble(CsvRecords csv, String fileName, java.util.function.Predicate<CsvRecords.Row> isHeader,
            String headerHint, String generatedField) {
        String release = null;
        for (int count = 0; count < MAX_PREAMBLE_LINES; count++) {
            CsvRecords.Row row = csv.next();
            if (row == null) {
                break;
            }
            if (isGenerated(row.field(0))) {
                release = release(row.field(0), fileName, row.line());
            } else if (isHeader.test(row)) {
                if (release == null) {
                    throw new InputFormatException(fileName, row.line(), generatedField, "no '" + generatedField
                            + ": <date>' line before the header: cannot tell the SIPRI release");
                }
                return new Preamble(release, row);
            }
        }
        throw new InputFormatException(fileName, 0, "header", "no header row (" + headerHint + ") within the first "
                + MAX_PREAMBLE_LINES + " lines after the title");
    }

    static boolean isGenerated(String cell) {
        return GENERATED.matcher(cell).matches();
    }

    /** The release (the year of the generation date) from a "Generated: 28 July 2022" cell. */
    static String release(String cell, String file, long line) {
        Matcher m = GENERATED.matcher(cell);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Generated line: " + cell);
        }
        Matcher year = YEAR.matcher(m.group(1));
        if (!year.find()) {
            throw new InputFormatException(file, line, "Generated",
                    "no four-digit year in the generation date '" + m.group(1).strip() + "'");
        }
        return year.group(1);
    }

    /** A non-negative decimal such as SIPRI prints ("0", "14", "13.86"). */
    static double tiv(String value, String file, long line, String field) {
        if (!NUMBER.matcher(value).matches()) {
            throw new InputFormatException(file, line, field,
                    "expected a TIV (a non-negative number such as 14 or 13.86), got '" + shorten(value) + "'");
        }
        return Double.parseDouble(value);
    }

    /** The text cut to 60 characters for messages. */
    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
