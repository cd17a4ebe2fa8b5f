package org.counterweight.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterweight.store.DyadFrames.ColumnSource;
import org.counterweight.store.DyadFrames.Member;
import org.counterweight.store.FrameQuery.Coverage;
import org.counterweight.store.StateCovariates.Side;

/**
 * What dyad-year and state-year frames share: the state-years of COW system membership, the columns
 * measured on a state that have no basis group of their own (CINC, COW major-power status), capital
 * spells by year, and writing a frame to CSV or Parquet or reading it into memory.
 */
final class Frames {
    /** The dataset behind the codes and years of every frame. */
    static final String SYSTEM = "cow-states-2016 (COW State System Membership v2016; members at its end carried"
            + " forward)";
    /** What a basis column made by FrameQuery#basis holds. */
    static final String BASIS_MEANING = "observed (every value given); not-covered (the year is outside every"
            + " column's dataset); otherwise each empty column with why, COLUMN:not-covered (outside its dataset's"
            + " years) or COLUMN:not-coded (the dataset covers the year but gives no value), joined with ';'";

    private Frames() {
    }

    /** Refuses a frame's years outside 1816-2100 (the COW state system starts in 1816) or out of order. */
    static void checkYears(int from, int to) {
        if (to < from) {
            throw new IllegalArgumentException("the frame's last year (" + to + ") is before its first (" + from + ")");
        }
        if (from < 1816 || to > 2100) {
            throw new IllegalArgumentException("years must lie in 1816-2100 (the COW state system starts in 1816), got "
                    + from + "-" + to);
        }
    }

    /**
     * The common table expressions {@code spells} (each COW membership spell's first and last year,
     * those open at the list's end carried to {@code to}) and {@code state_years} (the system's members
     * in [from, to], restricted to {@code actors} in their years when any are given).
     */
    static void stateYears(FrameQuery query, int from, int to, List<Member> actors) {
        query.with("spells AS (SELECT code, year(start_date) AS first_year, CASE WHEN end_date = (SELECT max(end_date)"
                + " FROM state_spells WHERE system = 'COW') THEN greatest(year(end_date), ?::INTEGER) ELSE"
                + " year(end_date) END AS last_year FROM state_spells s WHERE system = 'COW')", to);
        boolean restricted = !actors.isEmpty();
        if (restricted) {
            query.with("members AS (SELECT unnest(?::INTEGER[]) AS code, unnest(?::INTEGER[]) AS first_year,"
                    + " unnest(?::INTEGER[]) AS last_year)", actors.stream().map(Member::ccode).toList(),
                    actors.stream().map(Member::from).toList(), actors.stream().map(Member::to).toList());
        }
        query.with("state_years AS (SELECT DISTINCT s.code AS ccode, y.range::INTEGER AS year FROM spells s JOIN"
                + " range(?::BIGINT, ?::BIGINT) y ON y.range BETWEEN s.first_year AND s.last_year"
                + (restricted ? " JOIN members m ON m.code = s.code AND y.range BETWEEN m.first_year AND m.last_year"
                        : "") + ")", from, to + 1);
    }

    /** Each side's CINC as published (no basis column: the nmc group has one). */
    static void cinc(FrameQuery query, StoreSession session, String version, List<Side> sides) {
        Coverage c = coverage(session, "SELECT min(year), max(year) FROM nmc WHERE version = ?", version);
        query.stateJoin(" LEFT JOIN nmc cinc ON cinc.version = ? AND cinc.ccode = s.ccode AND cinc.year = s.year",
                version);
        query.stateColumn("cinc", "cinc.cinc");
        for (Side side : sides) {
            query.column(new ColumnSource("cinc" + side.suffix(), "cow-nmc-" + version, "CINC of " + side.label()
                    + " as published", "share of the system's capabilities, 0-1", c.text()), side.ref("cinc"));
        }
    }

    /** Each side's COW major-power status, 0/1 within the list's years. */
    static void majors(FrameQuery query, StoreSession session, List<Side> sides) {
        Coverage c = coverage(session, "SELECT min(year(start_date)), max(year(end_date)) FROM major_powers");
        query.with("major_years AS (SELECT DISTINCT ccode, y.range::INTEGER AS year FROM major_powers m"
                + " JOIN range(1816, 2100) y ON y.range BETWEEN year(m.start_date) AND year(m.end_date))");
        query.stateJoin(" LEFT JOIN major_years major ON major.ccode = s.ccode AND major.year = s.year");
        query.stateColumn("major", c.last() == null ? "NULL::INTEGER" : "CASE WHEN s.year <= " + c.last()
                + " THEN (major.ccode IS NOT NULL)::INTEGER END");
        for (Side side : sides) {
            query.column(new ColumnSource(query.names().of("major", side.suffix()), "cow-majors-2016", "1 if "
                    + side.label() + " is a COW major power", "0/1", c.text()), side.ref("major"));
        }
    }

    /**
     * The common table expression {@code capital_years} (ccode, year, lat, lng): each state's capital on
     * 1 January, or its first capital of the year, from peacesciencer's spells except for the states the
     * curated corrections list, whose spells the corrections replace.
     */
    static void capitalYears(FrameQuery query) {
        query.with("capital_spells AS (SELECT ccode, start_date, end_date, lat, lng FROM capitals WHERE dataset = ?"
                + " UNION ALL SELECT ccode, start_date, end_date, lat, lng FROM capitals WHERE dataset <> ? AND ccode"
                + " NOT IN (SELECT ccode FROM capitals WHERE dataset = ?))", DyadFrames.CAPITAL_CORRECTIONS,
                DyadFrames.CAPITAL_CORRECTIONS, DyadFrames.CAPITAL_CORRECTIONS);
        query.with("capital_years AS (SELECT s.ccode, y.range::INTEGER AS year, arg_min(s.lat, s.start_date) AS lat,"
                + " arg_min(s.lng, s.start_date) AS lng FROM capital_spells s JOIN range(1816, 2101) y ON y.range"
                + " BETWEEN year(s.start_date) AND year(s.end_date) GROUP BY ALL)");
    }

    /**
     * The great-circle distance in km between the points of two aliases (lat, lng in degrees), by
     * Vincenty's formula on a sphere of radius 6,378.137 km, as geosphere's {@code distVincentySphere}
     * that peacesciencer's {@code add_capital_distance()} calls.
     */
    static String greatCircleKm(String a, String b) {
        String lat1 = "radians(" + a + ".lat)";
        String lat2 = "radians(" + b + ".lat)";
        String dLng = "radians(" + b + ".lng - " + a + ".lng)";
        return "6378.137 * atan2(sqrt(pow(cos(" + lat2 + ") * sin(" + dLng + "), 2) + pow(cos(" + lat1 + ") * sin("
                + lat2 + ") - sin(" + lat1 + ") * cos(" + lat2 + ") * cos(" + dLng + "), 2)), sin(" + lat1 + ") * sin("
                + lat2 + ") + cos(" + lat1 + ") * cos(" + lat2 + ") * cos(" + dLng + "))";
    }

    /** The first and last year a query of two integer columns gives; both null when nothing is loaded. */
    static Coverage coverage(StoreSession session, String sql, Object... parameters) {
        return Sql.query(session.connection(), sql, row -> new Coverage(Sql.integer(row, row.getMetaData()
                .getColumnLabel(1)), Sql.integer(row, row.getMetaData().getColumnLabel(2))), parameters).get(0);
    }

    /**
     * Writes a frame to a CSV or Parquet file (by extension) and returns the number of rows. A Parquet
     * file carries {@code metadata} as its key-value metadata (what pyarrow shows as the schema's
     * metadata and R's arrow as the file's).
     */
    static long write(StoreSession session, DyadFrames.Query query, Map<String, String> metadata, Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format;
        if (name.endsWith(".csv")) {
            format = "(FORMAT csv, HEADER true)";
        } else if (name.endsWith(".parquet")) {
            format = "(FORMAT parquet" + (metadata.isEmpty() ? "" : ", KV_METADATA {" + metadata.entrySet().stream()
                    .map(e -> literal(e.getKey()) + ": " + literal(e.getValue())).collect(Collectors.joining(", "))
                    + "}") + ")";
        } else {
            throw new IllegalArgumentException("the output file must end in .csv or .parquet, got " + out.getFileName());
        }
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (PreparedStatement copy = Sql.prepare(session.connection(), "COPY (" + query.sql() + ") TO '" + target
                + "' " + format, query.parameters().toArray())) {
            copy.execute();
            try (ResultSet rows = copy.getResultSet()) {
                return rows != null && rows.next() ? rows.getLong(1) : copy.getUpdateCount();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Reads a frame into memory; its column names come from the dictionary when it has no rows. */
    static DyadFrames.Frame read(StoreSession session, DyadFrames.Query query, List<ColumnSource> dictionary) {
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = Sql.query(session.connection(), query.sql(), row -> {
            ResultSetMetaData meta = row.getMetaData();
            if (columns.isEmpty()) {
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
            }
            Object[] values = new Object[meta.getColumnCount()];
            for (int c = 1; c <= values.length; c++) {
                values[c - 1] = row.getObject(c);
            }
            return values;
        }, query.parameters().toArray());
        if (columns.isEmpty()) {
            dictionary.forEach(c -> columns.add(c.column()));
        }
        return new DyadFrames.Frame(columns, rows);
    }
}
