package org.counterweight.store.events;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventFileFormat;

/**
 * The SQL with which DuckDB reads one event file in bulk and applies the line rules of
 * {@link org.counterweight.io.events.EventLineParser} (the Spark job's parser) to every line at once:
 * DuckDB's own CSV reader splits the lines on tabs in parallel (every column as text, no quoting),
 * and each line gets the number of the first rule it breaks ({@code rule}, 0 for none), in the
 * parser's order; the erratum's field and message (the parser's) are written only for the lines
 * left out, from the field as written ({@code raw}). A test runs both on the same fixtures and
 * requires the same events and the same errata, line by line.
 *
 * <p>Checks are written to be cheap on the common case, because they run on every line of dumps of
 * tens of millions of lines: a field's digits are tested with one anchored regular expression (RE2,
 * about a fifth of the CPU of {@code ltrim(x, '0123456789') = ''}, which walks a character set per
 * character), and lengths are counted in bytes ({@code strlen}; DuckDB's {@code length} counts
 * grapheme clusters, a Unicode table lookup per character): a field with other than ASCII digits
 * fails the date cast either way, and a padded field is one that {@code trim} changes. Lines with the
 * wrong number of columns are kept out by the reader itself and listed in its rejects table with
 * their line numbers. The rows of the staging table keep the file's order, so a row's line is its
 * ordinal shifted past the empty lines and the rejected lines before it ({@link #line}).
 */
final class EventStaging {
    /**
     * {@code strip}: the spaces around a field (the reader takes CR LF line ends off; other control
     * whitespace, which Java's {@code strip} would also remove, is kept: trimming a set of characters
     * cost more than the rest of the reading); {@code digits}: a whole number of 1-19 digits, as the
     * parser's; {@code na}: ICEWS's missing value.
     */
    static final String MACROS = "CREATE MACRO strip(x) AS trim(x);"
            + " CREATE MACRO digits(x) AS regexp_full_match(x, '[0-9]{1,19}');"
            + " CREATE MACRO na(x) AS CASE WHEN strip(x) IN ('', 'NA') THEN NULL ELSE strip(x) END";

    /** The reader's null string: a text no field holds, so that an empty field is '' and never null. */
    private static final String NEVER = "\u0001";

    /** One rule a line can break: the condition (true when broken), the erratum, and the field as written. */
    private record Rule(String broken, EventDefect defect, String field, String raw, String problem) {
    }

    private EventStaging() {
    }

    /** DuckDB's reader over the file's text: every column as text, rejected lines to {@code rejects}. */
    static String csv(Path text, int columns) {
        StringJoiner types = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < columns; i++) {
            types.add("'c" + i + "': 'VARCHAR'");
        }
        return "read_csv('" + quoted(text.toString()) + "', delim = '\\t', header = false, quote = '', escape = '',"
                + " nullstr = '" + NEVER + "', columns = " + types + ", auto_detect = false, store_rejects = true,"
                + " rejects_table = 'rejects', rejects_scan = 'reject_scans')";
    }

    /**
     * The staging table's query: each line's fields as stored, the number of the first rule it breaks
     * ({@code rule}, 0 if none), the broken field as written ({@code raw}), and for events the counts of
     * padded and blank countries ({@code padded}, {@code blank}).
     */
    static String stage(EventFileFormat format, Path text) {
        String fields = fields(format);
        List<Rule> rules = rules(format);
        StringBuilder rule = new StringBuilder("CASE");
        StringBuilder raw = new StringBuilder("CASE rule");
        for (int i = 0; i < rules.size(); i++) {
            rule.append(" WHEN ").append(rules.get(i).broken()).append(" THEN ").append(i + 1);
            raw.append(" WHEN ").append(i + 1).append(" THEN ").append(rules.get(i).raw());
        }
        return "SELECT * EXCLUDE (" + columnList(format.columns()) + "), " + raw + " END AS raw FROM (SELECT *, " + rule
                + " ELSE 0 END::TINYINT AS rule FROM (SELECT *, " + fields + " FROM " + csv(text, format.columns())
                + "))";
    }

    /**
     * The floor an import of events cannot go below, as a query: the same reader and the same parsing of
     * the stored fields, with the year and month to partition by, but no rule checked, no line numbered,
     * no repeat removed, no country mapped and no erratum written (a benchmark's reference).
     */
    static String floor(EventFileFormat format, Path text) {
        if (!format.holdsEvents()) {
            throw new IllegalArgumentException("the floor is an import of events, not of " + format.dataset());
        }
        return "SELECT * EXCLUDE (padded, blank), year(event_date) AS year, month(event_date) AS month FROM (SELECT "
                + fields(format) + " FROM " + csv(text, format.columns()) + ") WHERE event_date IS NOT NULL";
    }

    /** The stored fields of a line of the layout, parsed from its text columns c0, c1, ... */
    private static String fields(EventFileFormat format) {
        return switch (format) {
            case ICEWS_EVENTS -> "strip(c0) AS event_id, CASE WHEN strlen(strip(c1)) = 10 AND"
                    + " substr(strip(c1), 5, 1) = '-' AND substr(strip(c1), 8, 1) = '-' THEN try_cast(strip(c1) AS DATE)"
                    + " END"
                    + " AS event_date, na(c2) AS source_actor, na(c8) AS target_actor, na(c4) AS source_name, na(c10)"
                    + " AS target_name, strip(c6) AS event_code, CASE WHEN " + isEventCode("strip(c6)") + " THEN "
                    + quadOfRoot("strip(c6)") + " END AS quad_class, try_cast(strip(c7) AS DOUBLE) AS goldstein,"
                    + " NULL::INTEGER AS mentions, NULL::VARCHAR AS source_url, "
                    + countryDefects("na(c4) IS NULL", "na(c10) IS NULL", "c4", "c10");
            case GDELT2_MENTIONS -> "strip(c0) AS event_id, " + time("c1") + " AS event_time, " + time("c2")
                    + " AS mention_time, try_cast(strip(c3) AS INTEGER) AS mention_type, nullif(strip(c4), '') AS"
                    + " source_name, nullif(strip(c5), '') AS identifier, try_cast(strip(c11) AS INTEGER) AS confidence";
            default -> "strip(c0) AS event_id, CASE WHEN strlen(strip(c1)) = 8"
                    + " THEN try_cast(substr(strip(c1), 1, 4) || '-' || substr(strip(c1), 5, 2) || '-' ||"
                    + " substr(strip(c1), 7, 2) AS DATE) END"
                    + " AS event_date, nullif(strip(c5), '') AS source_actor, nullif(strip(c15), '') AS target_actor,"
                    + " nullif(strip(c7), '') AS source_country, nullif(strip(c17), '') AS target_country, strip(c26) AS"
                    + " event_code, try_cast(strip(c29) AS TINYINT) AS quad_class, try_cast(strip(c30) AS DOUBLE) AS"
                    + " goldstein, try_cast(strip(c31) AS INTEGER) AS mentions, "
                    + (format == EventFileFormat.GDELT1_EVENTS_57 ? "NULL::VARCHAR" : "nullif(strip(c"
                            + (format.columns() - 1) + "), '')") + " AS source_url, "
                    + countryDefects("strip(c7) = ''", "strip(c17) = ''", "c7", "c17");
        };
    }

    /** The erratum of a staged line that broke a rule: SQL for its defect, field and message, from {@code rule} and {@code raw}. */
    static String erratum(EventFileFormat format) {
        List<Rule> rules = rules(format);
        StringBuilder defect = new StringBuilder("CASE rule");
        StringBuilder field = new StringBuilder("CASE rule");
        StringBuilder problem = new StringBuilder("CASE rule");
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            defect.append(" WHEN ").append(i + 1).append(" THEN '").append(r.defect().name()).append('\'');
            field.append(" WHEN ").append(i + 1).append(" THEN '").append(r.field()).append('\'');
            problem.append(" WHEN ").append(i + 1).append(" THEN ").append(r.problem());
        }
        return field + " END AS field, " + defect + " END AS defect, " + problem + " END AS problem";
    }

    /** The parser's rules for the layout, in its order, with its fields and messages. */
    private static List<Rule> rules(EventFileFormat format) {
        return switch (format) {
            case ICEWS_EVENTS -> List.of(
                    bad("NOT digits(event_id)", "Event ID", "c0", "is not a whole number"),
                    bad("event_date IS NULL", "Event Date", "c1", "is not a date"),
                    new Rule("year(event_date) < 1995", EventDefect.DATE_BEFORE_DATASET, "Event Date", "c1",
                            "'date ' || raw || ' is before ICEWS starts (1995)'"),
                    new Rule("NOT " + isEventCode("event_code"), EventDefect.NO_EVENT_CODE, "CAMEO Code", "event_code",
                            "'CAMEO Code ''' || raw || ''' is not a CAMEO event code'"),
                    bad("NOT coalesce(goldstein BETWEEN -10 AND 10, false)", "Intensity", "c7",
                            "is not a Goldstein value from -10 to 10"));
            case GDELT2_MENTIONS -> List.of(
                    bad("NOT digits(event_id)", "GlobalEventID", "c0", "is not a whole number"),
                    bad("event_time IS NULL", "EventTimeDate", "c1", "is not a YYYYMMDDHHMMSS time"),
                    bad("mention_time IS NULL", "MentionTimeDate", "c2", "is not a YYYYMMDDHHMMSS time"),
                    bad("NOT digits(strip(c3)) OR mention_type IS NULL", "MentionType", "c3", "is not a whole number"),
                    bad("NOT digits(strip(c11)) OR confidence IS NULL", "Confidence", "c11", "is not a whole number"));
            default -> List.of(
                    bad("NOT digits(event_id)", "GLOBALEVENTID", "c0", "is not a whole number"),
                    bad("event_date IS NULL", "SQLDATE", "c1", "is not a date"),
                    new Rule("year(event_date) < 1979", EventDefect.DATE_BEFORE_DATASET, "SQLDATE", "c1",
                            "'date ' || raw || ' is before GDELT starts (1979)'"),
                    new Rule("NOT " + isEventCode("event_code"), EventDefect.NO_EVENT_CODE, "EventCode", "event_code",
                            "'EventCode ''' || raw || ''' is not a CAMEO event code'"),
                    bad("NOT (strip(c29) IN ('1', '2', '3', '4') OR coalesce(regexp_full_match(strip(c29),"
                            + " '[+-]*[0-9]*') AND try_cast(strip(c29) AS BIGINT) BETWEEN 1 AND 4, false))",
                            "QuadClass", "c29", "is not 1-4"),
                    bad("NOT coalesce(goldstein BETWEEN -10 AND 10, false)", "GoldsteinScale", "c30",
                            "is not a Goldstein value from -10 to 10"),
                    bad("strip(c31) <> '' AND (NOT digits(strip(c31)) OR mentions IS NULL)", "NumMentions", "c31",
                            "is not a whole number"));
        };
    }

    /** A field that does not parse: a bad line, with the parser's message quoting the field as written. */
    private static Rule bad(String broken, String field, String column, String what) {
        return new Rule(broken, EventDefect.BAD_LINE, field, "coalesce(" + column + ", '')", "'" + field + " ''' || raw"
                + " || ''' " + what + "'");
    }

    /** Per row: padded country fields (trimmed, kept) and blank ones (no country), as the parser counts them. */
    private static String countryDefects(String sourceBlank, String targetBlank, String source, String target) {
        return "(NOT (" + sourceBlank + ") AND strip(" + source + ") <> " + source + ")::INTEGER + (NOT (" + targetBlank
                + ") AND strip(" + target + ") <> " + target + ")::INTEGER AS padded, ("
                + sourceBlank + ")::INTEGER + (" + targetBlank + ")::INTEGER AS blank";
    }

    /** A CAMEO event code: 2-4 digits whose first two are a root 01-20. */
    private static String isEventCode(String code) {
        return "regexp_full_match(" + code + ", '(0[1-9]|1[0-9]|20)[0-9]{0,2}')";
    }

    /** QuadClass from the CAMEO root (as {@link org.counterweight.core.events.QuadClass#ofEventCode}). */
    private static String quadOfRoot(String code) {
        String root = "substr(" + code + ", 1, 2)";
        return "(CASE WHEN " + root + " <= '05' THEN 1 WHEN " + root + " <= '08' THEN 2 WHEN " + root + " <= '13'"
                + " THEN 3 ELSE 4 END)::TINYINT";
    }

    private static String time(String column) {
        return "CASE WHEN regexp_full_match(strip(" + column + "), '[0-9]{14}') THEN"
                + " try_strptime(strip(" + column + "), '%Y%m%d%H%M%S') END";
    }

    private static String columnList(int columns) {
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < columns; i++) {
            names.add("c" + i);
        }
        return names.toString();
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
