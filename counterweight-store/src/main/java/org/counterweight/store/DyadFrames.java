package org.counterweight.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.core.model.ObligationEnd;
import org.counterweight.core.model.UnAgreement;

/**
 * Dyad-year frames built from state-system membership, as peacesciencer's {@code create_dyadyears()}
 * and its {@code add_*()} functions build them (Miller 2022, "peacesciencer: An R Package for
 * Quantitative Peace Science Research", Conflict Management and Peace Science 39(6)).
 *
 * <p>Every pair of states that are both members of the COW state system at some time in a year
 * forms a dyad-year (directed: both orders; non-directed: ccode1 &lt; ccode2). As peacesciencer's
 * {@code mry = TRUE}, states still members at the end of the membership list (2016) are carried
 * forward to the requested last year. Each added column is NULL outside its dataset's coverage,
 * 0 only where the dataset covers the dyad-year and records nothing (ATOP lists only dyad-years with
 * an obligation; SIPRI lists only deliveries), and otherwise the dataset's value. ATOP obligations
 * carried past ATOP's last year stop after a recorded end of either side's carried obligations
 * ({@link ObligationEnd}): 0, with the basis {@code carried-forward-from-2018-ended-2021}.
 */
public final class DyadFrames {
    private final StoreSession session;

    public DyadFrames(StoreSession session) {
        this.session = session;
    }

    /** Groups of columns that can be added to a frame. */
    public enum Addition {
        CINC, ALLIANCE, SIMILARITY, RIVALRY, CONTIGUITY, MAJORS, ARMS, UNGA;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Addition fromLabel(String label) {
            for (Addition addition : values()) {
                if (addition.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return addition;
                }
            }
            throw new IllegalArgumentException("unknown column group '" + label + "'; known: "
                    + java.util.Arrays.stream(values()).map(Addition::label).collect(Collectors.joining(",")));
        }
    }

    /**
     * A state a frame is restricted to, in some years: the German Federal Republic (260) in 1985-1990
     * and Germany (255) in 1991-1995 when "DEU" is asked for 1985-1995.
     *
     * @param ccode the COW code
     * @param from  the first year it counts
     * @param to    the last year it counts
     */
    public record Member(int ccode, int from, int to) {
        public Member {
            if (to < from) {
                throw new IllegalArgumentException("COW " + ccode + " counts from " + from + " to " + to);
            }
        }
    }

    /**
     * What frame to build.
     *
     * @param actors      the states to restrict to, each in its years (both sides of each dyad), or empty for
     *                    all states
     * @param nmcVersion  NMC version for the CINC columns
     * @param armsReleases SIPRI arms-transfer releases for the arms columns, newest first (each
     *                     supplier-recipient-year from the newest covering it); empty when none is loaded
     * @param rivalries   the rivalry dataset (its slot) for the rivalry column, or null when none is loaded
     * @param carry       whether ATOP obligations and rivalries are carried past their datasets' last years
     *                    (marked in the basis columns); otherwise they are not covered there (NULL)
     */
    public record Spec(int from, int to, List<Member> actors, boolean directed, Set<Addition> additions,
            String nmcVersion, List<String> armsReleases, String rivalries, boolean carry) {
        public Spec {
            if (to < from) {
                throw new IllegalArgumentException("the frame's last year (" + to + ") is before its first (" + from
                        + ")");
            }
            if (from < 1816 || to > 2100) {
                throw new IllegalArgumentException("years must lie in 1816-2100 (the COW state system starts in 1816), got "
                        + from + "-" + to);
            }
            actors = List.copyOf(actors);
            additions = Set.copyOf(additions);
            armsReleases = List.copyOf(armsReleases);
            Objects.requireNonNull(nmcVersion, "nmc version is required");
        }

        /** The additions in their declared order, which is the column order of the frame. */
        public List<Addition> inOrder() {
            return java.util.Arrays.stream(Addition.values()).filter(additions::contains).toList();
        }
    }

    /** Where a column comes from. */
    public record ColumnSource(String column, String dataset, String meaning, String coverage) {
    }

    /** The columns a spec produces, with their provenance. */
    public List<ColumnSource> dictionary(Spec spec) {
        List<ColumnSource> columns = new ArrayList<>();
        String system = "cow-states-2016 (COW State System Membership v2016; members at its end carried forward)";
        columns.add(new ColumnSource("ccode1", system, "COW code of the first state", "1816-"));
        columns.add(new ColumnSource("ccode2", system, "COW code of the second state", "1816-"));
        columns.add(new ColumnSource("year", system, "calendar year", "1816-"));
        for (Addition addition : spec.inOrder()) {
            switch (addition) {
                case CINC -> {
                    Coverage c = coverage("SELECT min(year), max(year) FROM nmc WHERE version = ?", spec.nmcVersion());
                    for (int side = 1; side <= 2; side++) {
                        columns.add(new ColumnSource("cinc" + side, "cow-nmc-" + spec.nmcVersion(),
                                "CINC of state " + side + " as published", c.text()));
                    }
                }
                case ALLIANCE -> {
                    Coverage c = coverage("SELECT min(year), max(year) FROM atop_ddy");
                    for (String kind : List.of("defense", "offense", "neutral", "nonaggression", "consultation")) {
                        columns.add(new ColumnSource("atop_" + kind, "atop-5.1", "1 if state 1 has an ATOP " + kind
                                + " obligation to state 2 (0 if none recorded, or its carry ended: see alliance_basis)",
                                c.carried(spec.carry())));
                    }
                    columns.add(new ColumnSource("alliance_basis", "atop-5.1 (+ obligation-ends-curated)",
                            "observed; " + ObligationEnd.carriedLabel(c.last()) + " (obligations in force in ATOP's last"
                                    + " year, until the knowledge base records their end); " + endedLabel(c)
                                    + " (values 0: a recorded end, such as a government's fall, ended a side's carried"
                                    + " obligations in that year, so they hold to it and not after); not-covered (NULL"
                                    + " values)", carryNote(c, spec.carry())));
                }
                case SIMILARITY -> {
                    Coverage c = coverage("SELECT min(year), max(year) FROM atop_ddy");
                    for (String[] column : AllianceSimilarity.COLUMNS) {
                        columns.add(new ColumnSource(column[0], "atop-5.1 (+ cow-nmc-" + spec.nmcVersion()
                                + " weights)", "alliance-portfolio similarity, " + column[1] + " (org.counterweight"
                                        + ".core.similarity; Bueno de Mesquita 0-3 scale over the year's system members)",
                                c.carried(spec.carry())));
                    }
                    columns.add(new ColumnSource("similarity_basis", "atop-5.1 (+ cow-nmc-" + spec.nmcVersion()
                            + ", obligation-ends-curated)", "observed; " + ObligationEnd.carriedLabel(c.last())
                                    + " (ATOP's last year's portfolios, without the commitments of and to states whose"
                                    + " carried obligations have ended; NMC's last CINC as weights after NMC ends); "
                                    + endedLabel(c) + " (either state's carried commitments ended in that year and"
                                    + " are absent from the portfolios); not-covered (NULL values)",
                            carryNote(c, spec.carry())));
                }
                case RIVALRY -> {
                    Coverage c = spec.rivalries() == null ? new Coverage(null, null)
                            : coverage("SELECT min(start_year), max(end_year) FROM rivalries WHERE dataset = ?",
                                    spec.rivalries());
                    String dataset = spec.rivalries() == null ? "none loaded" : spec.rivalries();
                    columns.add(new ColumnSource("strategic_rivalry", dataset, "1 if the pair is in a strategic"
                            + " rivalry that year (Thompson, Sakuwa & Suhas 2021 where loaded)",
                            c.carried(spec.carry())));
                    columns.add(new ColumnSource("rivalry_basis", dataset, "observed; carried-forward-from-" + c.last()
                            + " (rivalries still going at the dataset's end); not-covered (NULL)",
                            c.carried(spec.carry())));
                }
                case CONTIGUITY -> columns.add(new ColumnSource("conttype", "cow-contiguity-3.2",
                        "closest COW direct contiguity that year: 0 none, 1 land, 2-5 sea within 12/24/150/400 miles",
                        coverage("SELECT min(year(start_date)), max(year(end_date)) FROM contiguity").text()));
                case MAJORS -> {
                    Coverage c = coverage("SELECT min(year(start_date)), max(year(end_date)) FROM major_powers");
                    columns.add(new ColumnSource("major1", "cow-majors-2016", "1 if state 1 is a COW major power", c.text()));
                    columns.add(new ColumnSource("major2", "cow-majors-2016", "1 if state 2 is a COW major power", c.text()));
                }
                case ARMS -> {
                    String releases = "SIPRI Arms Transfers Database, " + (spec.armsReleases().isEmpty() ? "none loaded"
                            : String.join(", ", spec.armsReleases()) + " release" + (spec.armsReleases().size() > 1
                                    ? "s (each supplier-recipient-year from the newest covering it)" : ""));
                    String coverage = "years in which a release holds the recipient's imports or the supplier's exports";
                    columns.add(new ColumnSource("arms_tiv_1to2", releases, "TIV (millions) delivered by state 1 to"
                            + " state 2; NULL unless a release holds state 2's imports or state 1's exports that year",
                            coverage));
                    columns.add(new ColumnSource("arms_tiv_2to1", releases, "TIV (millions) delivered by state 2 to"
                            + " state 1; NULL unless a release holds state 1's imports or state 2's exports that year",
                            coverage));
                }
                case UNGA -> {
                    columns.add(new ColumnSource("unga_agree", "unga-agreement-derived",
                            "share of joint UNGA roll calls with the same vote (abstain vs yes/no = 0.5); NULL with"
                                    + " fewer than " + UnAgreement.MIN_JOINT_VOTES + " joint roll calls",
                            "17 focal states, 1946-2020"));
                    columns.add(new ColumnSource("unga_joint_votes", "unga-agreement-derived",
                            "roll calls of the year on which both states voted", "17 focal states, 1946-2020"));
                    columns.add(new ColumnSource("unga_basis", "unga-agreement-derived", "observed; too-few-joint-votes"
                            + " (unga_agree NULL); not-covered (no roll calls of both states in the data)",
                            "17 focal states, 1946-2020"));
                    columns.add(new ColumnSource("unga_ideal_distance", "unga-ideal-points-2025-07",
                            "absolute difference of the states' ideal points (final-passage votes)", "1946-2024"));
                }
                default -> throw new IllegalStateException("unhandled " + addition);
            }
        }
        return columns;
    }

    private record Coverage(Integer first, Integer last) {
        String text() {
            return first == null ? "not loaded" : first + "-" + last;
        }

        /** The years, and from when values are carried. */
        String carried(boolean carry) {
            return first == null || !carry ? text() : text() + "; carried from " + last + " to later years";
        }
    }

    /** The basis label of carried ATOP values a recorded end stopped, with E for the end's year. */
    private static String endedLabel(Coverage atop) {
        return ObligationEnd.carriedLabel(atop.last()) + "-ended-E";
    }

    /** ATOP's coverage and, when carried, how: the carry note naming each recorded end. */
    private String carryNote(Coverage atop, boolean carry) {
        return atop.first() == null || !carry ? atop.text() : atop.text() + "; " + ObligationEnd.carryNote("ATOP",
                atop.last(), new DatasetQueries(session).obligationEnds());
    }

    private Coverage coverage(String sql, Object... parameters) {
        return Sql.query(session.connection(), sql, row -> new Coverage(Sql.integer(row, row.getMetaData().getColumnLabel(1)),
                Sql.integer(row, row.getMetaData().getColumnLabel(2))), parameters).get(0);
    }


    /** The SQL of a frame (no trailing semicolon) and the values bound to its parameters, in order. */
    record Query(String sql, List<Object> parameters) {
    }

    /** The frame's query: every value a user chose is a bound parameter. */
    Query sql(Spec spec) {
        StringBuilder select = new StringBuilder("SELECT d.ccode1, d.ccode2, d.year");
        StringBuilder joins = new StringBuilder();
        StringBuilder with = new StringBuilder();
        List<Object> withParameters = new ArrayList<>();
        List<Object> selectParameters = new ArrayList<>();
        List<Object> joinParameters = new ArrayList<>();
        boolean restricted = !spec.actors().isEmpty();
        with.append("WITH spells AS (SELECT code, year(start_date) AS first_year, CASE WHEN end_date = (SELECT max(end_date)"
                + " FROM state_spells WHERE system = 'COW') THEN greatest(year(end_date), ?::INTEGER) ELSE"
                + " year(end_date) END AS last_year FROM state_spells s WHERE system = 'COW'),\n");
        if (restricted) {
            with.append("members AS (SELECT unnest(?::INTEGER[]) AS code, unnest(?::INTEGER[]) AS first_year,"
                    + " unnest(?::INTEGER[]) AS last_year),\n");
        }
        with.append("state_years AS (SELECT DISTINCT s.code AS ccode, y.range::INTEGER AS year FROM spells s JOIN"
                        + " range(?::BIGINT, ?::BIGINT) y ON y.range BETWEEN s.first_year AND s.last_year")
                .append(restricted ? " JOIN members m ON m.code = s.code AND y.range BETWEEN m.first_year AND"
                        + " m.last_year" : "").append("),\n")
                .append("dyads AS (SELECT a.ccode AS ccode1, b.ccode AS ccode2, a.year FROM state_years a JOIN state_years b"
                        + " ON a.year = b.year AND a.ccode ").append(spec.directed() ? "<>" : "<").append(" b.ccode)");
        withParameters.add(spec.to());
        if (restricted) {
            withParameters.add(spec.actors().stream().map(Member::ccode).toList());
            withParameters.add(spec.actors().stream().map(Member::from).toList());
            withParameters.add(spec.actors().stream().map(Member::to).toList());
        }
        withParameters.add(spec.from());
        withParameters.add(spec.to() + 1);
        for (Addition addition : spec.inOrder()) {
            switch (addition) {
                case CINC -> {
                    select.append(", n1.cinc AS cinc1, n2.cinc AS cinc2");
                    joins.append(" LEFT JOIN nmc n1 ON n1.version = ? AND n1.ccode = d.ccode1 AND n1.year = d.year")
                            .append(" LEFT JOIN nmc n2 ON n2.version = ? AND n2.ccode = d.ccode2 AND n2.year = d.year");
                    joinParameters.add(spec.nmcVersion());
                    joinParameters.add(spec.nmcVersion());
                }
                case ALLIANCE -> {
                    with.append(",\natop_coverage AS (SELECT min(year) AS first_year, max(year) AS last_year FROM atop_ddy),\n"
                            + "obligation_end_years AS (SELECT ccode, min(year(end_date)) AS end_year FROM obligation_ends"
                            + " GROUP BY ccode)");
                    // a carried year after a recorded end of either side's carried obligations
                    String endYear = "least(coalesce(oe1.end_year, 9999), coalesce(oe2.end_year, 9999))";
                    String ended = "d.year > ac.last_year AND " + endYear + " < d.year";
                    for (String kind : List.of("defense", "offense", "neutral", "nonaggression", "consultation")) {
                        select.append(", CASE WHEN d.year >= ac.first_year AND (d.year <= ac.last_year OR ?) THEN"
                                + " CASE WHEN ").append(ended).append(" THEN 0 ELSE coalesce(atop.").append(kind)
                                .append("::INTEGER, 0) END END AS atop_").append(kind);
                        selectParameters.add(spec.carry());
                    }
                    select.append(", CASE WHEN ? AND ").append(ended).append(" THEN 'carried-forward-from-' ||"
                            + " ac.last_year || '-ended-' || ").append(endYear).append(" ELSE ")
                            .append(basis("ac").substring(2)).append(" END AS alliance_basis");
                    selectParameters.add(spec.carry());
                    selectParameters.add(spec.carry());
                    joins.append(" CROSS JOIN atop_coverage ac LEFT JOIN atop_ddy atop ON atop.ccode1 = d.ccode1"
                            + " AND atop.ccode2 = d.ccode2 AND atop.year = least(d.year, ac.last_year)"
                            + " LEFT JOIN obligation_end_years oe1 ON oe1.ccode = d.ccode1"
                            + " LEFT JOIN obligation_end_years oe2 ON oe2.ccode = d.ccode2");
                }
                case SIMILARITY -> {
                    for (String[] column : AllianceSimilarity.COLUMNS) {
                        select.append(", sim.").append(column[0]);
                    }
                    select.append(", coalesce(sim.similarity_basis, 'not-covered') AS similarity_basis");
                    joins.append(" LEFT JOIN temp.main.dyad_similarity sim ON sim.ccode1 = least(d.ccode1, d.ccode2)"
                            + " AND sim.ccode2 = greatest(d.ccode1, d.ccode2) AND sim.year = d.year");
                }
                case RIVALRY -> {
                    with.append(",\nrivalry_coverage AS (SELECT min(start_year) AS first_year, max(end_year) AS"
                            + " last_year FROM rivalries WHERE dataset = ?),\n"
                            + "rival_years AS (SELECT DISTINCT a, b, y.range::INTEGER AS year FROM (SELECT ccode1 AS a,"
                            + " ccode2 AS b, start_year, end_year FROM rivalries WHERE dataset = ? UNION ALL SELECT"
                            + " ccode2, ccode1, start_year, end_year FROM rivalries WHERE dataset = ?) r"
                            + " JOIN range(1494, 2101) y"
                            + " ON y.range BETWEEN r.start_year AND r.end_year)");
                    withParameters.addAll(Arrays.asList(spec.rivalries(), spec.rivalries(), spec.rivalries()));
                    select.append(", CASE WHEN d.year >= rc.first_year AND (d.year <= rc.last_year OR ?) THEN"
                            + " (rv.a IS NOT NULL)::INTEGER END AS strategic_rivalry").append(basis("rc"))
                            .append(" AS rivalry_basis");
                    selectParameters.add(spec.carry());
                    selectParameters.add(spec.carry());
                    joins.append(" CROSS JOIN rivalry_coverage rc LEFT JOIN rival_years rv ON rv.a = d.ccode1 AND"
                            + " rv.b = d.ccode2 AND rv.year = least(d.year, rc.last_year)");
                }
                case CONTIGUITY -> {
                    with.append(",\ncontiguity_years AS (SELECT ccode1, ccode2, y.range::INTEGER AS year, min(CASE WHEN type"
                            + " = 0 THEN 99 ELSE type END) AS type FROM contiguity c JOIN range(1816, 2100) y ON y.range"
                            + " BETWEEN year(c.start_date) AND year(c.end_date) GROUP BY ALL),\n"
                            + "contiguity_coverage AS (SELECT max(year(end_date)) AS last_year FROM contiguity)");
                    select.append(", CASE WHEN d.year <= cc.last_year THEN CASE WHEN cy.type IS NULL OR cy.type = 99"
                            + " THEN 0 ELSE cy.type END END AS conttype");
                    joins.append(" CROSS JOIN contiguity_coverage cc LEFT JOIN contiguity_years cy ON cy.ccode1 = d.ccode1"
                            + " AND cy.ccode2 = d.ccode2 AND cy.year = d.year");
                }
                case MAJORS -> {
                    with.append(",\nmajor_years AS (SELECT DISTINCT ccode, y.range::INTEGER AS year FROM major_powers m"
                            + " JOIN range(1816, 2100) y ON y.range BETWEEN year(m.start_date) AND year(m.end_date)),\n"
                            + "major_coverage AS (SELECT max(year(end_date)) AS last_year FROM major_powers)");
                    select.append(", CASE WHEN d.year <= mc.last_year THEN (m1.ccode IS NOT NULL)::INTEGER END AS major1"
                            + ", CASE WHEN d.year <= mc.last_year THEN (m2.ccode IS NOT NULL)::INTEGER END AS major2");
                    joins.append(" CROSS JOIN major_coverage mc LEFT JOIN major_years m1 ON m1.ccode = d.ccode1 AND"
                            + " m1.year = d.year LEFT JOIN major_years m2 ON m2.ccode = d.ccode2 AND m2.year = d.year");
                }
                case ARMS -> {
                    List<String> releases = spec.armsReleases();
                    with.append(",\narms AS (SELECT supplier_ccode, recipient_ccode, year, sum(tiv) AS tiv FROM (SELECT"
                            + " t.supplier, any_value(t.supplier_ccode) AS supplier_ccode, t.recipient,"
                            + " any_value(t.recipient_ccode) AS recipient_ccode, t.year, max(t.tiv) AS tiv"
                            + " FROM arms_transfers t WHERE t.supplier NOT LIKE '%*' AND t.recipient NOT LIKE '%*' AND "
                            + DatasetQueries.NEWEST_COVERING + " GROUP BY t.supplier, t.recipient, t.year) GROUP BY ALL),\n"
                            + "arms_covered AS (SELECT DISTINCT c.side, c.ccode, y.range::INTEGER AS year FROM arms_coverage c"
                            + " JOIN range(1816, 2101) y ON y.range BETWEEN c.first_year AND c.last_year"
                            + " WHERE list_contains(?, c.release) AND c.ccode IS NOT NULL AND c.country NOT LIKE '%*')");
                    withParameters.addAll(List.of(releases, releases, releases));
                    select.append(", CASE WHEN r2.ccode IS NOT NULL OR s1.ccode IS NOT NULL THEN coalesce(a12.tiv, 0) END"
                            + " AS arms_tiv_1to2, CASE WHEN r1.ccode IS NOT NULL OR s2.ccode IS NOT NULL THEN"
                            + " coalesce(a21.tiv, 0) END AS arms_tiv_2to1");
                    for (String[] joined : new String[][] {{"r1", "RECIPIENT", "1"}, {"r2", "RECIPIENT", "2"},
                            {"s1", "SUPPLIER", "1"}, {"s2", "SUPPLIER", "2"}}) {
                        joins.append(" LEFT JOIN arms_covered ").append(joined[0]).append(" ON ").append(joined[0])
                                .append(".side = '").append(joined[1]).append("' AND ").append(joined[0])
                                .append(".ccode = d.ccode").append(joined[2]).append(" AND ").append(joined[0])
                                .append(".year = d.year");
                    }
                    joins.append(" LEFT JOIN arms a12 ON a12.supplier_ccode = d.ccode1 AND a12.recipient_ccode = d.ccode2"
                            + " AND a12.year = d.year LEFT JOIN arms a21 ON a21.supplier_ccode = d.ccode2 AND"
                            + " a21.recipient_ccode = d.ccode1 AND a21.year = d.year");
                }
                case UNGA -> {
                    select.append(", CASE WHEN ua.n_joint_votes >= ? THEN ua.agree END AS unga_agree,"
                            + " ua.n_joint_votes AS unga_joint_votes, CASE WHEN ua.n_joint_votes >= ? THEN"
                            + " 'observed' WHEN ua.n_joint_votes IS NOT NULL THEN 'too-few-joint-votes' ELSE"
                            + " 'not-covered' END AS unga_basis,"
                            + " abs(i1.ideal_point_fp - i2.ideal_point_fp) AS unga_ideal_distance");
                    selectParameters.add(UnAgreement.MIN_JOINT_VOTES);
                    selectParameters.add(UnAgreement.MIN_JOINT_VOTES);
                    joins.append(" LEFT JOIN un_agreement ua ON ua.ccode1 = least(d.ccode1, d.ccode2) AND ua.ccode2 ="
                            + " greatest(d.ccode1, d.ccode2) AND ua.year = d.year LEFT JOIN un_ideal_points i1 ON"
                            + " i1.ccode = d.ccode1 AND i1.year = d.year LEFT JOIN un_ideal_points i2 ON i2.ccode ="
                            + " d.ccode2 AND i2.year = d.year");
                }
                default -> throw new IllegalStateException("unhandled " + addition);
            }
        }
        List<Object> parameters = new ArrayList<>(withParameters);
        parameters.addAll(selectParameters);
        parameters.addAll(joinParameters);
        return new Query(with + "\n" + select + " FROM dyads d" + joins + " ORDER BY d.ccode1, d.ccode2, d.year",
                parameters);
    }

    /**
     * The basis of a dataset's values in a frame row, against the dataset's coverage CTE {@code alias}
     * (first_year, last_year); binds one parameter, whether values are carried.
     */
    private static String basis(String alias) {
        return ", CASE WHEN " + alias + ".last_year IS NULL OR d.year < " + alias + ".first_year THEN 'not-covered'"
                + " WHEN d.year <= " + alias + ".last_year THEN 'observed' WHEN ? THEN 'carried-forward-from-' || "
                + alias + ".last_year ELSE 'not-covered' END";
    }

    /** Computes what the SQL joins but cannot compute itself (alliance similarity). */
    private void prepare(Spec spec) {
        if (spec.additions().contains(Addition.SIMILARITY)) {
            new AllianceSimilarity(session).materialise(spec.from(), spec.to(), spec.nmcVersion(), spec.carry());
        }
    }

    /** Writes the frame to a CSV or Parquet file (by extension); returns the number of rows. */
    public long write(Spec spec, Path out) {
        prepare(spec);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format;
        if (name.endsWith(".csv")) {
            format = "(FORMAT csv, HEADER true)";
        } else if (name.endsWith(".parquet")) {
            format = "(FORMAT parquet)";
        } else {
            throw new IllegalArgumentException("the output file must end in .csv or .parquet, got " + out.getFileName());
        }
        String target = out.toAbsolutePath().toString().replace("'", "''");
        Query query = sql(spec);
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

    /** A small frame in memory: column names and rows (for printing). */
    public record Frame(List<String> columns, List<Object[]> rows) {
    }

    /** Reads the frame into memory; for restricted frames that a person will read. */
    public Frame read(Spec spec) {
        prepare(spec);
        List<String> columns = new ArrayList<>();
        Query query = sql(spec);
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
            dictionary(spec).forEach(c -> columns.add(c.column()));
        }
        return new Frame(columns, rows);
    }
}
