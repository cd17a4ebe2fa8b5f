package org.counterweight.store.events;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.counterweight.io.events.EventFileFormat;

/**
 * The SQL with which DuckDB reads one event file in bulk and applies the line rules of
 * {@link org.counterweight.io.events.EventLineParser} (the Spark job's parser) to every line at once:
 * DuckDB's own CSV reader splits the lines on tabs in parallel (every column text, no quoting),
 * and one CASE per layout names the first rule a line breaks, in the parser's order, with the
 * parser's field names and messages. A test runs both on the same fixture and requires the same
 * events and the same errata, line by line.
 *
 * <p>Lines with the wrong number of columns are kept out by the reader itself and listed in its
 * rejects table with their line numbers. The rows of the staging table keep the file's order, so a
 * row's line is its ordinal shifted past the header, the empty lines and the rejected lines before it.
 */
final class EventStaging {
    /** What DuckDB's {@code trim} removes here: the whitespace Java's {@code strip} removes that a field can hold. */
    static final String MACROS = "CREATE MACRO strip(x) AS trim(coalesce(x, ''), ' ' || chr(11) || chr(12) || chr(13));"
            + " CREATE MACRO nonblank(x) AS nullif(strip(x), '');"
            + " CREATE MACRO whole(x) AS regexp_full_match(strip(x), '[0-9]{1,19}');"
            + " CREATE MACRO na(x) AS CASE WHEN strip(x) IN ('', 'NA') THEN NULL ELSE strip(x) END;"
            + " CREATE MACRO erratum(d, f, p) AS {'defect': d, 'field': f, 'problem': p}";

    private EventStaging() {
    }

    /** DuckDB's reader over the file's text: every column as text, rejected lines to {@code rejects}. */
    static String csv(Path text, int columns) {
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < columns; i++) {
            types.add("'c" + i + "': 'VARCHAR'");
        }
        return "read_csv('" + quoted(text.toString()) + "', delim = '\\t', header = false, quote = '', escape = '',"
                + " columns = " + types + ", auto_detect = false, store_rejects = true, rejects_table = 'rejects',"
                + " rejects_scan = 'reject_scans')";
    }

    /** The staging table's query: each line's fields as stored, and the first rule it breaks (or null). */
    static String stage(EventFileFormat format, Path text) {
        String source = csv(text, format.columns());
        return switch (format) {
            case ICEWS_EVENTS -> icews(source);
            case GDELT2_MENTIONS -> mentions(source);
            default -> gdelt(format, source);
        };
    }

    private static String gdelt(EventFileFormat format, String source) {
        String url = format == EventFileFormat.GDELT1_EVENTS_57 ? "NULL::VARCHAR" : "nonblank(c" + (format.columns() - 1)
                + ")";
        return "SELECT '" + format.dataset() + "' AS dataset, strip(c0) AS event_id, event_date,"
                + " nonblank(c5) AS source_actor, nonblank(c15) AS target_actor, nonblank(c7) AS source_country,"
                + " nonblank(c17) AS target_country, strip(c26) AS event_code, try_cast(strip(c29) AS TINYINT) AS"
                + " quad_class, try_cast(strip(c30) AS DOUBLE) AS goldstein, try_cast(strip(c31) AS INTEGER) AS mentions, "
                + url + " AS source_url,"
                + " CASE WHEN NOT whole(c0) THEN " + bad("GLOBALEVENTID", "c0", "is not a whole number")
                + " WHEN event_date IS NULL THEN " + bad("SQLDATE", "c1", "is not a date")
                + " WHEN year(event_date) < 1979 THEN erratum('DATE_BEFORE_DATASET', 'SQLDATE', 'date ' || coalesce(c1,"
                + " '') || ' is before GDELT starts (1979)')"
                + " WHEN NOT " + eventCode("strip(c26)") + " THEN erratum('NO_EVENT_CODE', 'EventCode', 'EventCode '''"
                + " || strip(c26) || ''' is not a CAMEO event code')"
                + " WHEN NOT coalesce(regexp_full_match(strip(c29), '[+-]?[0-9]+') AND try_cast(strip(c29) AS BIGINT)"
                + " BETWEEN 1 AND 4, false) THEN " + bad("QuadClass", "c29", "is not 1-4")
                + " WHEN NOT coalesce(try_cast(strip(c30) AS DOUBLE) BETWEEN -10 AND 10, false) THEN "
                + bad("GoldsteinScale", "c30", "is not a Goldstein value from -10 to 10")
                + " WHEN strip(c31) <> '' AND (NOT whole(c31) OR try_cast(strip(c31) AS INTEGER) IS NULL) THEN "
                + bad("NumMentions", "c31", "is not a whole number")
                + " END AS erratum,"
                + countryDefects("c7", "c17") + " FROM (SELECT *, " + date("c1", "'[0-9]{8}'", "substr(strip(c1), 1, 4)"
                        + " || '-' || substr(strip(c1), 5, 2) || '-' || substr(strip(c1), 7, 2)") + " AS event_date FROM "
                + source + ")";
    }

    private static String icews(String source) {
        return "SELECT 'icews' AS dataset, strip(c0) AS event_id, event_date, na(c2) AS source_actor, na(c8) AS"
                + " target_actor, na(c4) AS source_name, na(c10) AS target_name, strip(c6) AS event_code,"
                + " CASE WHEN " + eventCode("strip(c6)") + " THEN " + quadOfRoot("strip(c6)") + " END AS quad_class,"
                + " try_cast(strip(c7) AS DOUBLE) AS goldstein, NULL::INTEGER AS mentions, NULL::VARCHAR AS source_url,"
                + " CASE WHEN NOT whole(c0) THEN " + bad("Event ID", "c0", "is not a whole number")
                + " WHEN event_date IS NULL THEN " + bad("Event Date", "c1", "is not a date")
                + " WHEN year(event_date) < 1995 THEN erratum('DATE_BEFORE_DATASET', 'Event Date', 'date ' ||"
                + " coalesce(c1, '') || ' is before ICEWS starts (1995)')"
                + " WHEN NOT " + eventCode("strip(c6)") + " THEN erratum('NO_EVENT_CODE', 'CAMEO Code', 'CAMEO Code '''"
                + " || strip(c6) || ''' is not a CAMEO event code')"
                + " WHEN NOT coalesce(try_cast(strip(c7) AS DOUBLE) BETWEEN -10 AND 10, false) THEN "
                + bad("Intensity", "c7", "is not a Goldstein value from -10 to 10")
                + " END AS erratum,"
                + " (na(c4) IS NOT NULL AND strip(c4) <> coalesce(c4, ''))::INTEGER + (na(c10) IS NOT NULL AND strip(c10)"
                + " <> coalesce(c10, ''))::INTEGER AS padded, (na(c4) IS NULL)::INTEGER + (na(c10) IS NULL)::INTEGER AS"
                + " blank FROM (SELECT *, " + date("c1", "'[0-9]{4}-[0-9]{2}-[0-9]{2}'", "strip(c1)") + " AS event_date FROM "
                + source + ")";
    }

    private static String mentions(String source) {
        return "SELECT strip(c0) AS event_id, " + time("c1") + " AS event_time, " + time("c2") + " AS mention_time,"
                + " try_cast(strip(c3) AS INTEGER) AS mention_type, nonblank(c4) AS source_name, nonblank(c5) AS"
                + " identifier, try_cast(strip(c11) AS INTEGER) AS confidence,"
                + " CASE WHEN NOT whole(c0) THEN " + bad("GlobalEventID", "c0", "is not a whole number")
                + " WHEN " + time("c1") + " IS NULL THEN " + bad("EventTimeDate", "c1", "is not a YYYYMMDDHHMMSS time")
                + " WHEN " + time("c2") + " IS NULL THEN " + bad("MentionTimeDate", "c2", "is not a YYYYMMDDHHMMSS time")
                + " WHEN NOT whole(c3) OR try_cast(strip(c3) AS INTEGER) IS NULL THEN "
                + bad("MentionType", "c3", "is not a whole number")
                + " WHEN NOT whole(c11) OR try_cast(strip(c11) AS INTEGER) IS NULL THEN "
                + bad("Confidence", "c11", "is not a whole number")
                + " END AS erratum FROM " + source;
    }

    /** Per kept row: padded country codes (trimmed) and blank ones (no country), as the parser counts them. */
    private static String countryDefects(String source, String target) {
        return " (strip(" + source + ") <> '' AND strip(" + source + ") <> coalesce(" + source + ", ''))::INTEGER"
                + " + (strip(" + target + ") <> '' AND strip(" + target + ") <> coalesce(" + target + ", ''))::INTEGER"
                + " AS padded, (strip(" + source + ") = '')::INTEGER + (strip(" + target + ") = '')::INTEGER AS blank";
    }

    /** A field that does not parse: a bad line, with the parser's message quoting the field as written. */
    private static String bad(String field, String column, String what) {
        return "erratum('BAD_LINE', '" + field + "', '" + field + " ''' || coalesce(" + column + ", '') || ''' "
                + what + "')";
    }

    /** A CAMEO event code: 2-4 digits whose first two are a root 01-20. */
    private static String eventCode(String code) {
        return "coalesce(regexp_full_match(" + code + ", '[0-9]{2,4}') AND try_cast(substr(" + code + ", 1, 2) AS INTEGER)"
                + " BETWEEN 1 AND 20, false)";
    }

    /** QuadClass from the CAMEO root (as {@link org.counterweight.core.events.QuadClass#ofEventCode}). */
    private static String quadOfRoot(String code) {
        String root = "try_cast(substr(" + code + ", 1, 2) AS INTEGER)";
        return "(CASE WHEN " + root + " <= 5 THEN 1 WHEN " + root + " <= 8 THEN 2 WHEN " + root + " <= 13 THEN 3"
                + " ELSE 4 END)::TINYINT";
    }

    private static String date(String column, String pattern, String iso) {
        return "CASE WHEN regexp_full_match(strip(" + column + "), " + pattern + ") THEN try_cast(" + iso
                + " AS DATE) END";
    }

    private static String time(String column) {
        return "CASE WHEN regexp_full_match(strip(" + column + "), '[0-9]{14}') THEN try_strptime(strip(" + column
                + "), '%Y%m%d%H%M%S') END";
    }

    /**
     * The line of each staging row (its 1-based ordinal {@code ordinal}): shifted past every excluded
     * line before it (empty lines and rejected lines, which the reader does not hand over). With
     * {@code c_j = e_j - j} for the j-th excluded line {@code e_j}, the row of ordinal r is on line
     * {@code r + #{j : c_j < r}}.
     */
    static String line(String ordinal, List<Long> excluded) {
        if (excluded.isEmpty()) {
            return ordinal;
        }
        if (excluded.size() > MAX_SHIFTS_INLINE) {
            throw new IllegalArgumentException("more than " + MAX_SHIFTS_INLINE + " excluded lines: join shifts()");
        }
        StringBuilder shift = new StringBuilder(ordinal).append(" + CASE");
        for (int j = excluded.size(); j >= 1; j--) {
            long c = excluded.get(j - 1) - j;
            shift.append(" WHEN ").append(ordinal).append(" > ").append(c).append(" THEN ").append(j);
        }
        return shift.append(" ELSE 0 END").toString();
    }

    /** Up to how many excluded lines {@link #line} writes the shift inline; beyond, the rows join {@link #shifts}. */
    static final int MAX_SHIFTS_INLINE = 64;

    /** The shift table for many excluded lines: for each {@code c_j}, the largest j (an ASOF join picks it). */
    static String shifts(String excludedTable) {
        return "SELECT e - j AS c, max(j) AS j FROM (SELECT e, row_number() OVER (ORDER BY e) AS j FROM "
                + excludedTable + ") GROUP BY ALL";
    }

    static String quoted(String text) {
        return text.replace("'", "''");
    }
}
