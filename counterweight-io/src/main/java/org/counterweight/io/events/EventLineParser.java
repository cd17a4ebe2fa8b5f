package org.counterweight.io.events;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;
import org.counterweight.core.events.QuadClass;
import org.counterweight.io.Numbers;

/**
 * Turns one line of an event dump into an event, a mention or an erratum. Stateless apart from the
 * country lookup, and serialisable, so that the DuckDB import and the Spark job parse lines with the
 * same code.
 *
 * <p>GDELT columns (0-based, the same in all three event layouts): 0 GLOBALEVENTID, 1 SQLDATE,
 * 5 Actor1Code, 7 Actor1CountryCode, 15 Actor2Code, 17 Actor2CountryCode, 26 EventCode, 29 QuadClass,
 * 30 GoldsteinScale, 31 NumMentions, and SOURCEURL last in the 58- and 61-column layouts. ICEWS: 0
 * Event ID, 1 Event Date, 2 Source Name, 4 Source Country, 6 CAMEO Code, 7 Intensity (the event
 * code's Goldstein value), 8 Target Name, 10 Target Country; "NA" marks a missing value.
 */
public final class EventLineParser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int GDELT_FIRST_YEAR = 1979;
    private static final int ICEWS_FIRST_YEAR = 1995;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final CameoCountries countries;

    public EventLineParser(CameoCountries countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** Parses line {@code lineNumber} of {@code file}, a data line (not the header) of {@code format}. */
    public void parse(EventFileFormat format, String file, long lineNumber, String line, EventSink sink) {
        String[] fields = line.split("\t", -1);
        if (fields.length != format.columns()) {
            sink.erratum(new EventErratum(file, lineNumber, null, EventDefect.BAD_LINE, "expected "
                    + format.columns() + " tab-separated columns, found " + fields.length));
            return;
        }
        try {
            switch (format) {
                case ICEWS_EVENTS -> icews(file, lineNumber, fields, sink);
                case GDELT2_MENTIONS -> sink.mention(mention(file, lineNumber, fields));
                default -> gdelt(format, file, lineNumber, fields, sink);
            }
        } catch (BadField e) {
            sink.erratum(new EventErratum(file, lineNumber, e.field, EventDefect.BAD_LINE, e.getMessage()));
        }
    }

    private void gdelt(EventFileFormat format, String file, long line, String[] fields, EventSink sink) {
        String id = integer(fields[0], "GLOBALEVENTID");
        LocalDate date = date(fields[1], true, "SQLDATE");
        if (date.getYear() < GDELT_FIRST_YEAR) {
            sink.erratum(new EventErratum(file, line, "SQLDATE", EventDefect.DATE_BEFORE_DATASET, "date " + fields[1]
                    + " is before GDELT starts (" + GDELT_FIRST_YEAR + ")"));
            return;
        }
        String code = fields[26].strip();
        if (!isEventCode(code)) {
            sink.erratum(new EventErratum(file, line, "EventCode", EventDefect.NO_EVENT_CODE, "EventCode '" + code
                    + "' is not a CAMEO event code"));
            return;
        }
        QuadClass quad;
        try {
            quad = QuadClass.ofCode(Numbers.integer(fields[29].strip(), 1, 4));
        } catch (IllegalArgumentException e) {
            throw new BadField("QuadClass", "QuadClass '" + fields[29] + "' is not 1-4");
        }
        double goldstein = goldstein(fields[30], "GoldsteinScale");
        Integer mentions = fields[31].isBlank() ? null : int32(fields[31], "NumMentions");
        String sourceCountry = code(fields[7], sink);
        String targetCountry = code(fields[17], sink);
        String url = format == EventFileFormat.GDELT1_EVENTS_57 ? null : blankToNull(fields[fields.length - 1]);
        sink.event(new DumpEvent(format.dataset(), id, date, blankToNull(fields[5]), blankToNull(fields[15]),
                sourceCountry, targetCountry, cow(sourceCountry), cow(targetCountry), code, quad, goldstein, mentions,
                url, file, line));
    }

    private void icews(String file, long line, String[] fields, EventSink sink) {
        String id = integer(fields[0], "Event ID");
        LocalDate date = date(fields[1], false, "Event Date");
        if (date.getYear() < ICEWS_FIRST_YEAR) {
            sink.erratum(new EventErratum(file, line, "Event Date", EventDefect.DATE_BEFORE_DATASET, "date "
                    + fields[1] + " is before ICEWS starts (" + ICEWS_FIRST_YEAR + ")"));
            return;
        }
        String code = fields[6].strip();
        if (!isEventCode(code)) {
            sink.erratum(new EventErratum(file, line, "CAMEO Code", EventDefect.NO_EVENT_CODE, "CAMEO Code '" + code
                    + "' is not a CAMEO event code"));
            return;
        }
        QuadClass quad = QuadClass.ofEventCode(code);
        double goldstein = goldstein(fields[7], "Intensity");
        String sourceCountry = countryOfName(fields[4], sink);
        String targetCountry = countryOfName(fields[10], sink);
        sink.event(new DumpEvent(EventFileFormat.ICEWS_EVENTS.dataset(), id, date, na(fields[2]), na(fields[8]), sourceCountry, targetCountry,
                cow(sourceCountry), cow(targetCountry), code, quad, goldstein, null, null, file, line));
    }

    private static DumpMention mention(String file, long line, String[] fields) {
        String id = integer(fields[0], "GlobalEventID");
        LocalDateTime eventTime = timestamp(fields[1], "EventTimeDate");
        LocalDateTime mentionTime = timestamp(fields[2], "MentionTimeDate");
        int type = int32(fields[3], "MentionType");
        int confidence = int32(fields[11], "Confidence");
        return new DumpMention(id, eventTime, mentionTime, type, blankToNull(fields[4]), blankToNull(fields[5]),
                confidence, file, line);
    }

    private static boolean isEventCode(String code) {
        if (code.length() < 2 || code.length() > 4 || !digits(code, 0, code.length())) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    private String code(String raw, EventSink sink) {
        String code = raw.strip();
        if (code.isEmpty()) {
            sink.defect(EventDefect.BLANK_ACTOR);
            return null;
        }
        if (code.length() != raw.length()) {
            sink.defect(EventDefect.PADDED_ACTOR);
        }
        return code;
    }

    private String countryOfName(String raw, EventSink sink) {
        String name = na(raw);
        if (name == null) {
            sink.defect(EventDefect.BLANK_ACTOR);
            return null;
        }
        if (name.length() != raw.length()) {
            sink.defect(EventDefect.PADDED_ACTOR);
        }
        String code = countries.codeOfName(name).orElse(null);
        if (code == null) {
            sink.defect(EventDefect.UNMAPPED_COUNTRY);
        }
        return code;
    }

    private Integer cow(String cameoCountry) {
        return countries.cow(cameoCountry).orElse(null);
    }

    private static String na(String raw) {
        String value = raw.strip();
        return value.isEmpty() || value.equals("NA") ? null : value;
    }

    private static String blankToNull(String raw) {
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }

    private static String integer(String raw, String field) {
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 19 || !digits(value, 0, value.length())) {
            throw new BadField(field, field + " '" + raw + "' is not a whole number");
        }
        return value;
    }

    /** A whole number that fits an int (a larger one is as bad as a non-number). */
    private static int int32(String raw, String field) {
        try {
            return Integer.parseInt(integer(raw, field));
        } catch (NumberFormatException e) {
            throw new BadField(field, field + " '" + raw + "' is not a whole number");
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A date as YYYYMMDD ({@code basic}) or YYYY-MM-DD, parsed by hand: this runs once per line of a dump. */
    private static LocalDate date(String raw, boolean basic, String field) {
        String value = raw.strip();
        try {
            if (basic && value.length() == 8 && digits(value, 0, 8)) {
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
                        Integer.parseInt(value, 6, 8, 10));
            }
            if (!basic && value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                    && digits(value, 0, 4) && digits(value, 5, 7) && digits(value, 8, 10)) {
                return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new BadField(field, field + " '" + raw + "' is not a date");
    }

    private static LocalDateTime timestamp(String raw, String field) {
        try {
            return LocalDateTime.parse(raw.strip(), TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new BadField(field, field + " '" + raw + "' is not a YYYYMMDDHHMMSS time");
        }
    }

    private static double goldstein(String raw, String field) {
        try {
            return Numbers.decimal(raw.strip(), -10, 10);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadField(field, field + " '" + raw + "' is not a Goldstein value from -10 to 10");
    }

    /** A field that does not parse: the line becomes an erratum. */
    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
