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
