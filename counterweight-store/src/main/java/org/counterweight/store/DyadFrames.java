package org.counterweight.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.core.model.ObligationEnd;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.store.FrameQuery.Checked;
import org.counterweight.store.FrameQuery.Coverage;
import org.counterweight.store.StateCovariates.Side;

/**
 * Dyad-year frames built from state-system membership, as peacesciencer's {@code create_dyadyears()}
 * and its {@code add_*()} functions build them (Miller 2022, "peacesciencer: An R Package for
 * Quantitative Peace Science Research", Conflict Management and Peace Science 39(6)), with
 * peacesciencer's column names by default ({@link ColumnNames}).
 *
 * <p>Every pair of states that are both members of the COW state system at some time in a year
 * forms a dyad-year (directed: both orders; non-directed: ccode1 &lt; ccode2). As peacesciencer's
 * {@code mry = TRUE}, states still members at the end of the membership list (2016) are carried
 * forward to the requested last year. Each added column is NULL outside its dataset's coverage,
 * 0 only where the dataset covers the dyad-year and records nothing (ATOP lists only dyad-years with
 * an obligation; SIPRI lists only deliveries; the MID files list only dyad-years with a dispute), and
 * otherwise the dataset's value; the groups' basis columns say which (FrameQuery#basis). ATOP
 * obligations carried past ATOP's last year stop after a recorded end of either side's carried
 * obligations ({@link ObligationEnd}): 0, with the basis {@code carried-forward-from-2018-ended-2021}.
 */
public final class DyadFrames {
    /** The curated capital spells that replace every spell of the states they list. */
    static final String CAPITAL_CORRECTIONS = "capitals-corrections-curated";
    /** The MID datasets, as the disputes table names them. */
    static final String GML_MIDS = "gml-mid-2.2.1";
    static final String COW_MIDS = "cow-mid-5.0";

    private final StoreSession session;

    public DyadFrames(StoreSession session) {
        this.session = session;
    }

    /** Groups of columns that can be added to a frame, in column order. */
    public enum Addition {
        CINC(true), NMC(true), ALLIANCE(false), SIMILARITY(false), RIVALRY(false), CONTIGUITY(false), MAJORS(true),
        ARMS(false), UNGA(false), DEMOCRACY(true), MIDS(false), PEACEYEARS(false), DISTANCE(true), IGO(true),
        GDP(true);

        private final boolean forStates;

        Addition(boolean forStates) {
            this.forStates = forStates;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether state-year frames have this group too. */
        public boolean forStates() {
            return forStates;
        }

        public static Addition fromLabel(String label) {
            for (Addition addition : values()) {
                if (addition.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return addition;
                }
            }
            throw new IllegalArgumentException("unknown column group '" + label + "'; known: "
                    + Arrays.stream(values()).map(Addition::label).collect(Collectors.joining(",")));
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
     * @param nmcVersion  NMC version for the CINC and NMC columns
     * @param armsReleases SIPRI arms-transfer releases for the arms columns, newest first (each
     *                     supplier-recipient-year from the newest covering it); empty when none is loaded
     * @param rivalries   the rivalry dataset (its slot) for the rivalry column, or null when none is loaded
     * @param carry       whether ATOP obligations and rivalries are carried past their datasets' last years
     *                    (marked in the basis columns); otherwise they are not covered there (NULL)
     * @param names       the column names: peacesciencer's or Counterweight's
     */
    public record Spec(int from, int to, List<Member> actors, boolean directed, Set<Addition> additions,
            String nmcVersion, List<String> armsReleases, String rivalries, boolean carry, ColumnNames names) {
        public Spec {
            Frames.checkYears(from, to);
            actors = List.copyOf(actors);
            additions = Set.copyOf(additions);
            armsReleases = List.copyOf(armsReleases);
            Objects.requireNonNull(nmcVersion, "nmc version is required");
            Objects.requireNonNull(names, "column names are required");
        }

        /**
         * The additions in their declared order, which is the column order of the frame; CINC is left out
         * when NMC is asked for, which holds it.
         */
        public List<Addition> inOrder() {
            return Arrays.stream(Addition.values()).filter(additions::contains)
                    .filter(a -> a != Addition.CINC || !additions.contains(Addition.NMC)).toList();
        }
    }

    /**
     * Where a column comes from.
     *
     * @param column   its name in the frame
     * @param dataset  the dataset and version
     * @param meaning  what it holds
     * @param unit     its unit or scale ("0/1", "km", "ln(persons + 1)", "basis")
     * @param coverage the years its dataset covers, and what is carried
     */
    public record ColumnSource(String column, String dataset, String meaning, String unit, String coverage) {
    }

    /** The columns a spec produces, with their provenance. */
    public List<ColumnSource> dictionary(Spec spec) {
        return assemble(spec).dictionary();
    }

    /** The SQL of a frame (no trailing semicolon) and the values bound to its parameters, in order. */
    record Query(String sql, List<Object> parameters) {
    }

    /** The frame's query: every value a user chose is a bound parameter. */
    Query sql(Spec spec) {
        return build(assemble(spec), spec.directed());
    }

    /**
     * The query of an assembled frame: the dyads pair the state-years (both orders, or ccode1 &lt; ccode2),
     * each carrying its state's columns of {@code state_attributes} as NAME_1 and NAME_2.
     */
    private static Query build(FrameQuery query, boolean directed) {
        String columns = query.stateColumns().stream().map(c -> ", a." + c + " AS " + c + "_1, b." + c + " AS " + c
                + "_2").collect(Collectors.joining());
        return query.build("dyads AS (SELECT a.ccode AS ccode1, b.ccode AS ccode2, a.year" + columns + " FROM"
                + " state_attributes a JOIN state_attributes b ON a.year = b.year AND a.ccode " + (directed ? "<>" : "<")
                + " b.ccode)", "dyads d");
    }

    private FrameQuery assemble(Spec spec) {
        FrameQuery query = new FrameQuery(spec.names());
        Frames.stateYears(query, spec.from(), spec.to(), spec.actors());
        query.key(new ColumnSource("ccode1", Frames.SYSTEM, "COW code of the first state", "COW state code",
                "1816-"), "d.ccode1", FrameQuery.KeyRange.STATE_CODE);
        query.key(new ColumnSource("ccode2", Frames.SYSTEM, "COW code of the second state", "COW state code",
                "1816-"), "d.ccode2", FrameQuery.KeyRange.STATE_CODE);
        query.key(new ColumnSource("year", Frames.SYSTEM, "calendar year", "year", "1816-"), "d.year",
                FrameQuery.KeyRange.YEAR);
        StateCovariates states = new StateCovariates(session);
        for (Addition addition : spec.inOrder()) {
            switch (addition) {
                case CINC -> Frames.cinc(query, session, spec.nmcVersion(), Side.DYAD);
                case NMC -> states.add(query, StateCovariates.nmc(spec.nmcVersion()), Side.DYAD);
                case ALLIANCE -> alliance(query, spec);
                case SIMILARITY -> similarity(query, spec);
                case RIVALRY -> rivalry(query, spec);
                case CONTIGUITY -> contiguity(query);
                case MAJORS -> Frames.majors(query, session, Side.DYAD);
                case ARMS -> arms(query, spec);
                case UNGA -> unga(query);
                case DEMOCRACY -> states.add(query, StateCovariates.democracy(), Side.DYAD);
                case MIDS -> disputes(query);
                case PEACEYEARS -> peaceYears(query, spec.to());
                case DISTANCE -> distances(query);
                case IGO -> sharedIgos(query);
                case GDP -> states.add(query, StateCovariates.gdp(), Side.DYAD);
                default -> throw new IllegalStateException("unhandled " + addition);
            }
        }
        return query;
    }

    /**
     * ATOP's five obligations, 0 where ATOP covers the year and lists none; with carrying, ATOP's last
     * year's obligations after it, 0 after a recorded end of either side's carried obligations. ATOP's
     * years and the carry are known before the query runs, so they are written into it as constants and
     * the database folds what does not apply.
     */
    private void alliance(FrameQuery query, Spec spec) {
        Coverage c = coverage("SELECT min(year), max(year) FROM atop_ddy");
        String dataset = "atop-5.1";
        boolean carry = spec.carry() && c.first() != null;
        String covered = c.first() == null ? "FALSE" : carry ? "d.year >= " + c.first()
                : "d.year BETWEEN " + c.first() + " AND " + c.last();
        // a carried year after a recorded end of either side's carried obligations
        String endYear = "least(coalesce(d.obligation_end_1, 9999), coalesce(d.obligation_end_2, 9999))";
        String ended = carry ? "d.year > " + c.last() + " AND " + endYear + " < d.year" : null;
        if (carry) {
            query.with("obligation_end_years AS (SELECT ccode, min(year(end_date)) AS end_year FROM obligation_ends"
                    + " GROUP BY ccode)");
            query.stateJoin(" LEFT JOIN obligation_end_years oe ON oe.ccode = s.ccode");
            query.stateColumn("obligation_end", "oe.end_year");
        }
        // the five obligations sort as one small code, bit b for kinds.get(b)
        List<String> kinds = List.of("defense", "offense", "neutral", "nonaggression", "consultation");
        StringBuilder packed = new StringBuilder();
        for (int b = 0; b < kinds.size(); b++) {
            packed.append(b == 0 ? "" : " | ").append("(coalesce(atop.").append(kinds.get(b))
                    .append(", FALSE)::UTINYINT << ").append(b).append(')');
        }
        String flags = query.hidden(c.first() == null ? "NULL::UTINYINT" : "CASE WHEN " + covered + " THEN "
                + (carry ? "CASE WHEN " + ended + " THEN 0::UTINYINT ELSE " + packed + " END" : packed.toString())
                + " END");
        for (int b = 0; b < kinds.size(); b++) {
            String kind = kinds.get(b);
            query.derived(new ColumnSource(query.names().of("atop_" + kind), dataset, "1 if state 1 has an ATOP "
                    + kind + " obligation to state 2 (0 if none recorded, or its carry ended: see alliance_basis)",
                    "0/1", c.carried(spec.carry())), "((" + flags + " >> " + b + ") & 1)::INTEGER");
        }
        ColumnSource basisSource = new ColumnSource("alliance_basis", dataset + " (+ obligation-ends-curated)",
                "observed; " + ObligationEnd.carriedLabel(c.last()) + " (obligations in force in ATOP's last year, until the"
                + " knowledge base records their end); " + endedLabel(c) + " (values 0: a recorded end, such as a"
                + " government's fall, ended a side's carried obligations in that year, so they hold to it and not"
                + " after); not-covered (NULL values)", "basis", carryNote(c, spec.carry()));
        if (carry) {
            query.column(basisSource, "CASE WHEN " + ended + " THEN 'carried-forward-from-" + c.last() + "-ended-' || "
                    + endYear + " WHEN d.year < " + c.first() + " THEN 'not-covered' WHEN d.year <= " + c.last()
                    + " THEN 'observed' ELSE 'carried-forward-from-" + c.last() + "' END");
        } else {
            query.derived(basisSource, "CASE WHEN " + flags + " IS NULL THEN 'not-covered' ELSE 'observed' END");
        }
        if (c.first() != null) {
            query.join(" LEFT JOIN atop_ddy atop ON atop.ccode1 = d.ccode1 AND atop.ccode2 = d.ccode2 AND atop.year = "
                    + (carry ? "least(d.year, " + c.last() + ")" : "d.year"));
        }
    }

    private void similarity(FrameQuery query, Spec spec) {
        Coverage c = coverage("SELECT min(year), max(year) FROM atop_ddy");
        String dataset = "atop-5.1 (+ cow-nmc-" + spec.nmcVersion() + " weights)";
        for (String[] column : AllianceSimilarity.FRAME_COLUMNS) {
            query.column(new ColumnSource(query.names().of(column[0]), dataset, "alliance-portfolio similarity, "
                    + column[1] + " (org.counterweight.core.similarity; Bueno de Mesquita 0-3 scale over the year's system"
                    + " members; fpsim's names, computed on ATOP rather than COW alliances)", "index -1 to 1",
                    c.carried(spec.carry())), "sim." + column[0]);
        }
        query.column(new ColumnSource("similarity_basis", "atop-5.1 (+ cow-nmc-" + spec.nmcVersion()
                + ", obligation-ends-curated)", "observed; " + ObligationEnd.carriedLabel(c.last()) + " (ATOP's last"
                + " year's portfolios, without the commitments of and to states whose carried obligations have ended;"
                + " NMC's last CINC as weights after NMC ends); " + endedLabel(c) + " (either state's carried"
                + " commitments ended in that year and are absent from the portfolios); not-covered (NULL values)",
                "basis", carryNote(c, spec.carry())), "coalesce(sim.similarity_basis, 'not-covered')");
        query.join(" LEFT JOIN temp.main.dyad_similarity sim ON sim.ccode1 = least(d.ccode1, d.ccode2)"
                + " AND sim.ccode2 = greatest(d.ccode1, d.ccode2) AND sim.year = d.year");
    }

    private void rivalry(FrameQuery query, Spec spec) {
        Coverage c = spec.rivalries() == null ? new Coverage(null, null)
                : coverage("SELECT min(start_year), max(end_year) FROM rivalries WHERE dataset = ?", spec.rivalries());
        String dataset = spec.rivalries() == null ? "none loaded" : spec.rivalries();
        query.with("rivalry_coverage AS (SELECT min(start_year) AS first_year, max(end_year) AS last_year FROM"
                + " rivalries WHERE dataset = ?)", spec.rivalries());
        query.with("rival_years AS (SELECT DISTINCT a, b, y.range::INTEGER AS year FROM (SELECT ccode1 AS a,"
                + " ccode2 AS b, start_year, end_year FROM rivalries WHERE dataset = ? UNION ALL SELECT"
                + " ccode2, ccode1, start_year, end_year FROM rivalries WHERE dataset = ?) r JOIN range(1494, 2101) y"
                + " ON y.range BETWEEN r.start_year AND r.end_year)", spec.rivalries(), spec.rivalries());
        query.column(new ColumnSource(query.names().of("strategic_rivalry"), dataset, "1 if the pair is in a strategic"
                + " rivalry that year (Thompson, Sakuwa & Suhas 2021 where loaded)", "0/1", c.carried(spec.carry())),
                "CASE WHEN d.year >= rc.first_year AND (d.year <= rc.last_year OR ?) THEN (rv.a IS NOT NULL)::INTEGER"
                        + " END", spec.carry());
        query.column(new ColumnSource("rivalry_basis", dataset, "observed; carried-forward-from-" + c.last()
                + " (rivalries still going at the dataset's end); not-covered (NULL)", "basis",
                c.carried(spec.carry())), basis("rc"), spec.carry());
        query.join(" CROSS JOIN rivalry_coverage rc LEFT JOIN rival_years rv ON rv.a = d.ccode1 AND"
                + " rv.b = d.ccode2 AND rv.year = least(d.year, rc.last_year)");
    }

    private void contiguity(FrameQuery query) {
        query.with("contiguity_years AS (SELECT ccode1, ccode2, y.range::INTEGER AS year, min(CASE WHEN type = 0 THEN"
                + " 99 ELSE type END) AS type FROM contiguity c JOIN range(1816, 2100) y ON y.range BETWEEN"
                + " year(c.start_date) AND year(c.end_date) GROUP BY ALL)");
        query.with("contiguity_coverage AS (SELECT max(year(end_date)) AS last_year FROM contiguity)");
        query.column(new ColumnSource("conttype", "cow-contiguity-3.2", "closest COW direct contiguity that year: 0"
                + " none, 1 land, 2-5 sea within 12/24/150/400 miles", "code 0-5",
                coverage("SELECT min(year(start_date)), max(year(end_date)) FROM contiguity").text()),
                "CASE WHEN d.year <= cc.last_year THEN CASE WHEN cy.type IS NULL OR cy.type = 99 THEN 0 ELSE cy.type"
                        + " END END");
        query.join(" CROSS JOIN contiguity_coverage cc LEFT JOIN contiguity_years cy ON cy.ccode1 = d.ccode1"
                + " AND cy.ccode2 = d.ccode2 AND cy.year = d.year");
    }

    private static void arms(FrameQuery query, Spec spec) {
        List<String> releases = spec.armsReleases();
        query.with("arms AS (SELECT supplier_ccode, recipient_ccode, year, sum(tiv) AS tiv FROM (SELECT"
                + " t.supplier, any_value(t.supplier_ccode) AS supplier_ccode, t.recipient,"
                + " any_value(t.recipient_ccode) AS recipient_ccode, t.year, max(t.tiv) AS tiv"
                + " FROM arms_transfers t WHERE t.supplier NOT LIKE '%*' AND t.recipient NOT LIKE '%*' AND "
                + DatasetQueries.NEWEST_COVERING + " GROUP BY t.supplier, t.recipient, t.year) GROUP BY ALL)",
                releases, releases);
        query.with("arms_covered AS (SELECT DISTINCT c.side, c.ccode, y.range::INTEGER AS year FROM arms_coverage c"
                + " JOIN range(1816, 2101) y ON y.range BETWEEN c.first_year AND c.last_year"
                + " WHERE list_contains(?, c.release) AND c.ccode IS NOT NULL AND c.country NOT LIKE '%*')", releases);
        String dataset = "SIPRI Arms Transfers Database, " + (releases.isEmpty() ? "none loaded" : String.join(", ",
                releases) + " release" + (releases.size() > 1 ? "s (each supplier-recipient-year from the newest"
                        + " covering it)" : ""));
        String coverage = "years in which a release holds the recipient's imports or the supplier's exports";
        query.column(new ColumnSource("arms_tiv_1to2", dataset, "TIV (millions) delivered by state 1 to state 2; NULL"
                + " unless a release holds state 2's imports or state 1's exports that year", "SIPRI TIV, millions",
                coverage), "CASE WHEN r2.ccode IS NOT NULL OR s1.ccode IS NOT NULL THEN coalesce(a12.tiv, 0) END");
        query.column(new ColumnSource("arms_tiv_2to1", dataset, "TIV (millions) delivered by state 2 to state 1; NULL"
                + " unless a release holds state 1's imports or state 2's exports that year", "SIPRI TIV, millions",
                coverage), "CASE WHEN r1.ccode IS NOT NULL OR s2.ccode IS NOT NULL THEN coalesce(a21.tiv, 0) END");
        for (String[] joined : new String[][] {{"r1", "RECIPIENT", "1"}, {"r2", "RECIPIENT", "2"},
                {"s1", "SUPPLIER", "1"}, {"s2", "SUPPLIER", "2"}}) {
            query.join(" LEFT JOIN arms_covered " + joined[0] + " ON " + joined[0] + ".side = '" + joined[1] + "' AND "
                    + joined[0] + ".ccode = d.ccode" + joined[2] + " AND " + joined[0] + ".year = d.year");
        }
        query.join(" LEFT JOIN arms a12 ON a12.supplier_ccode = d.ccode1 AND a12.recipient_ccode = d.ccode2"
                + " AND a12.year = d.year LEFT JOIN arms a21 ON a21.supplier_ccode = d.ccode2 AND"
                + " a21.recipient_ccode = d.ccode1 AND a21.year = d.year");
    }

    private static void unga(FrameQuery query) {
        String focal = "17 focal states, 1946-2020";
        query.column(new ColumnSource("unga_agree", "unga-agreement-derived", "share of joint UNGA roll calls with the"
                + " same vote (abstain vs yes/no = 0.5); NULL with fewer than " + UnAgreement.MIN_JOINT_VOTES
                + " joint roll calls", "share 0-1", focal), "CASE WHEN ua.n_joint_votes >= ? THEN ua.agree END",
                UnAgreement.MIN_JOINT_VOTES);
        query.column(new ColumnSource("unga_joint_votes", "unga-agreement-derived", "roll calls of the year on which"
                + " both states voted", "roll calls", focal), "ua.n_joint_votes");
        query.column(new ColumnSource("unga_basis", "unga-agreement-derived", "observed; too-few-joint-votes"
                + " (unga_agree NULL); not-covered (no roll calls of both states in the data)", "basis", focal),
                "CASE WHEN ua.n_joint_votes >= ? THEN 'observed' WHEN ua.n_joint_votes IS NOT NULL THEN"
                        + " 'too-few-joint-votes' ELSE 'not-covered' END", UnAgreement.MIN_JOINT_VOTES);
        query.column(new ColumnSource("unga_ideal_distance", "unga-ideal-points-2025-07", "absolute difference of the"
                + " states' ideal points (final-passage votes)", "ideal-point units", "1946-2024"),
                "abs(i1.ideal_point_fp - i2.ideal_point_fp)");
        query.join(" LEFT JOIN un_agreement ua ON ua.ccode1 = least(d.ccode1, d.ccode2) AND ua.ccode2 ="
                + " greatest(d.ccode1, d.ccode2) AND ua.year = d.year LEFT JOIN un_ideal_points i1 ON"
                + " i1.ccode = d.ccode1 AND i1.year = d.year LEFT JOIN un_ideal_points i2 ON i2.ccode ="
                + " d.ccode2 AND i2.year = d.year");
    }

    /**
     * GML and COW MIDs, one dispute per directed dyad-year as peacesciencer's {@code add_gml_mids()} and
     * {@code add_cow_mids()} merge them: onset and ongoing are 0 where the dataset covers the year and
     * lists no dispute, NULL after it; the dispute's number and hostility levels are NULL without a
     * dispute.
     */
    private void disputes(FrameQuery query) {
        List<Checked> checked = new ArrayList<>();
        List<Coverage> coverages = new ArrayList<>();
        for (String[] source : new String[][] {{"gml", GML_MIDS, "GML MID 2.2.1"}, {"cow", COW_MIDS, "COW-MID 5.0"}}) {
            String p = source[0];
            String alias = "mid_" + p;
            Coverage c = coverage("SELECT 1816, max(year) FROM disputes WHERE dataset = ?", source[1]);
            coverages.add(c);
            String covered = "NOT (" + FrameQuery.outside("d.year", c) + ")";
            String onset = query.names().of(p + "_mid_onset");
            query.column(new ColumnSource(onset, source[1], "1 if a " + source[2] + " dispute of the dyad starts that"
                    + " year (or a state re-enters it), 0 if none does", "0/1", c.text()), "CASE WHEN " + covered
                    + " THEN coalesce(" + alias + ".onset::INTEGER, 0) END");
            query.column(new ColumnSource(query.names().of(p + "_mid_ongoing"), source[1], "1 if the dyad has a "
                    + source[2] + " dispute that year, 0 if none", "0/1", c.text()), "CASE WHEN " + covered + " THEN ("
                    + alias + ".dispnum IS NOT NULL)::INTEGER END");
            query.column(new ColumnSource(query.names().of(p + "_dispute"), source[1], "number of the dispute kept for"
                    + " the dyad-year (a starting dispute first, then the highest fatality, hostility, duration;"
                    + " peacesciencer's rules); NULL without a dispute", "dispute number", c.text()),
                    alias + ".dispnum");
            query.column(new ColumnSource(query.names().of(p + "_hostility"), source[1], "the kept dispute's hostility"
                    + " level; NULL without a dispute", "1 no militarized action, 2 threat, 3 display, 4 use of force,"
                    + " 5 war", c.text()), alias + ".hostlev");
            for (String side : List.of("1", "2")) {
                query.column(new ColumnSource(query.names().of(p + "_hostility", side), source[1], "state " + side
                        + "'s hostility level in the kept dispute; NULL without a dispute", "1-5 as above",
                        c.text()), alias + ".hostlev" + side);
            }
            query.join(" LEFT JOIN disputes " + alias + " ON " + alias + ".dataset = ? AND " + alias + ".ccode1 ="
                    + " d.ccode1 AND " + alias + ".ccode2 = d.ccode2 AND " + alias + ".year = d.year", source[1]);
            checked.add(new Checked(onset, "CASE WHEN " + covered + " THEN 0 END", FrameQuery.outside("d.year", c)));
        }
        query.column(new ColumnSource("mids_basis", GML_MIDS + ", " + COW_MIDS, "observed (both datasets cover the"
                + " year: 0 means no dispute); not-covered (neither does); ONSET_COLUMN:not-covered (that dataset's"
                + " columns are NULL: it ends before the year)", "basis", Coverage.span(coverages).text()),
                FrameQuery.basis(checked));
    }

    /**
     * Peace years: the years since the dyad's last year with an ongoing dispute, as stevemisc's
     * {@code ps_spells()} counts them for peacesciencer's {@code add_spells()} (Beck, Katz & Tucker 1998,
     * American Journal of Political Science 42(4); Carter & Signorino 2010, Political Analysis 18(3)): 0
     * in the year after a dispute year, and in a dispute year the peaceful years before it. Counted over
     * calendar years of the whole dataset, so the value does not depend on the frame's first year; a dyad
     * with no dispute since its first common year in the state system counts from that year
     * ({@code left-censored-from-YEAR}).
     *
     * @param to the frame's last year
     */
    private void peaceYears(FrameQuery query, int to) {
        query.with("dyad_start AS (SELECT a.code AS ccode1, b.code AS ccode2, min(greatest(a.first_year, b.first_year))"
                + " AS first_year FROM spells a JOIN spells b ON a.code <> b.code AND greatest(a.first_year,"
                + " b.first_year) <= least(a.last_year, b.last_year) GROUP BY ALL)");
        query.join(" LEFT JOIN dyad_start ds ON ds.ccode1 = d.ccode1 AND ds.ccode2 = d.ccode2");
        List<String> parts = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<Coverage> coverages = new ArrayList<>();
        for (String[] source : new String[][] {{"gml", GML_MIDS}, {"cow", COW_MIDS}}) {
            String alias = "spell_" + source[0];
            Coverage c = coverage("SELECT 1816, max(year) FROM disputes WHERE dataset = ?", source[1]);
            coverages.add(c);
            String notCovered = FrameQuery.outside("d.year", c);
            String name = query.names().of(source[0] + "_peace_years");
            // each year after a dispute year s of a dyad, to its next dispute year (or the frame's last year),
            // with s: an equality join on the dyad-year (an ASOF join sorted the whole frame, wide by then)
            query.with(alias + "_last AS (SELECT p.ccode1, p.ccode2, y.range::INTEGER AS year, p.s AS year_before FROM"
                    + " (SELECT ccode1, ccode2, year AS s, lead(year) OVER (PARTITION BY ccode1, ccode2 ORDER BY year)"
                    + " AS next FROM (SELECT DISTINCT ccode1, ccode2, year FROM disputes WHERE dataset = ?)) p JOIN"
                    + " range(1816, ?::BIGINT + 1) y ON y.range > p.s AND y.range <= coalesce(p.next, ?::BIGINT))",
                    source[1], to, to);
            query.join(" LEFT JOIN " + alias + "_last " + alias + " ON " + alias + ".ccode1 = d.ccode1 AND " + alias
                    + ".ccode2 = d.ccode2 AND " + alias + ".year = d.year");
            query.column(new ColumnSource(name, source[1], "years since the dyad's last year with an ongoing dispute"
                    + " (0 the year after one); with none since the dyad formed, years since its first common year"
                    + " in the state system", "years", c.text()), "CASE WHEN NOT (" + notCovered + ") THEN d.year -"
                            + " coalesce(" + alias + ".year_before + 1, ds.first_year) END");
            parts.add("CASE WHEN " + notCovered + " THEN '" + name + ":not-covered' WHEN " + alias + ".year_before IS NULL"
                    + " THEN '"
                    + name + ":left-censored-from-' || ds.first_year END");
            outside.add("(" + notCovered + ")");
        }
        query.column(new ColumnSource("peaceyears_basis", GML_MIDS + ", " + COW_MIDS, "observed (counted from a"
                + " dispute in the data); not-covered; otherwise each column with COLUMN:left-censored-from-YEAR (no"
                + " dispute since the dyad's first common year, so a lower bound) or COLUMN:not-covered, joined with"
                + " ';'", "basis", Coverage.span(coverages).text()), "CASE WHEN " + String.join(" AND ", outside)
                        + " THEN 'not-covered' ELSE coalesce(nullif(concat_ws(';', " + String.join(", ", parts)
                        + "), ''), 'observed') END");
    }

    /**
     * Capital-to-capital distance (peacesciencer's {@code add_capital_distance()}: the great-circle
     * distance on a sphere of radius 6,378.137 km between the capitals in force on 1 January, or each
     * state's first capital of the year) and CShapes 2.0 minimum distance (peacesciencer's
     * {@code add_minimum_distance()}).
     */
    private void distances(FrameQuery query) {
        Frames.capitalYears(query);
        Coverage capitals = coverage("SELECT min(year(start_date)), max(year(end_date)) FROM capitals");
        Coverage mindist = coverage("SELECT min(first_year), max(last_year) FROM min_distances");
        String capdist = query.names().of("capital_distance_km");
        String min = query.names().of("min_distance_km");
        String distance = Frames.greatCircleKm("cp1", "cp2");
        query.column(new ColumnSource(capdist, "capitals-2024 (+ capitals-corrections-curated)", "great-circle distance"
                + " between the states' capitals on 1 January (Vincenty formula on a sphere of radius 6,378.137 km,"
                + " as peacesciencer)", "km", capitals.text()), distance);
        query.column(new ColumnSource(min, "cshapes-mindist-2.0", "minimum distance between the states' borders on 1"
                + " January (CShapes 2.0, simplified outlines); 0 when they touch", "km", mindist.text()),
                "md.mindist");
        query.join(" LEFT JOIN capital_years cp1 ON cp1.ccode = d.ccode1 AND cp1.year = d.year"
                + " LEFT JOIN capital_years cp2 ON cp2.ccode = d.ccode2 AND cp2.year = d.year"
                + " LEFT JOIN min_distances md ON md.ccode1 = least(d.ccode1, d.ccode2) AND md.ccode2 ="
                + " greatest(d.ccode1, d.ccode2) AND d.year BETWEEN md.first_year AND md.last_year");
        query.column(new ColumnSource("distance_basis", "capitals-2024, cshapes-mindist-2.0", Frames.BASIS_MEANING,
                "basis", Coverage.span(List.of(capitals, mindist)).text()), FrameQuery.basis(List.of(
                        new Checked(capdist, distance, FrameQuery.outside("d.year", capitals)),
                        new Checked(min, "md.mindist", FrameQuery.outside("d.year", mindist)))));
    }

    /** Shared full IGO memberships, as peacesciencer's {@code add_igos()} adds them to dyad-years. */
    private void sharedIgos(FrameQuery query) {
        Coverage c = coverage("SELECT min(year), max(year) FROM igo_dyads");
        String name = query.names().of("shared_igos");
        query.column(new ColumnSource(name, "cow-igo-3.0-dyads", "IGOs in which both states are full members",
                "count", c.text()), "igo.dyadigos");
        query.column(new ColumnSource("igo_basis", "cow-igo-3.0-dyads", Frames.BASIS_MEANING, "basis", c.text()),
                FrameQuery.basis(List.of(new Checked(name, "igo.dyadigos", FrameQuery.outside("d.year", c)))));
        query.join(" LEFT JOIN igo_dyads igo ON igo.ccode1 = least(d.ccode1, d.ccode2) AND igo.ccode2 ="
                + " greatest(d.ccode1, d.ccode2) AND igo.year = d.year");
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
        return Frames.coverage(session, sql, parameters);
    }

    /**
     * The basis of a dataset's values in a frame row, against the dataset's coverage CTE {@code alias}
     * (first_year, last_year); binds one parameter, whether values are carried.
     */
    private static String basis(String alias) {
        return "CASE WHEN " + alias + ".last_year IS NULL OR d.year < " + alias + ".first_year THEN 'not-covered'"
                + " WHEN d.year <= " + alias + ".last_year THEN 'observed' WHEN ? THEN 'carried-forward-from-' || "
                + alias + ".last_year ELSE 'not-covered' END";
    }

    /** Computes what the SQL joins but cannot compute itself (alliance similarity). */
    private void prepare(Spec spec) {
        if (spec.additions().contains(Addition.SIMILARITY)) {
            new AllianceSimilarity(session).materialise(spec.from(), spec.to(), spec.nmcVersion(), spec.carry());
        }
    }

    /**
     * Writes the frame to a CSV or Parquet file (by extension); returns the number of rows. A Parquet
     * file carries {@code metadata} (keys to texts) in its footer's key-value metadata.
     */
    public long write(Spec spec, Path out, Map<String, String> metadata) {
        prepare(spec);
        return Frames.write(session, sql(spec), metadata, out);
    }

    /** A small frame in memory: column names and rows (for printing). */
    public record Frame(List<String> columns, List<Object[]> rows) {
    }

    /** Reads the frame into memory; for restricted frames that a person will read. */
    public Frame read(Spec spec) {
        prepare(spec);
        FrameQuery query = assemble(spec);
        return Frames.read(session, build(query, spec.directed()), query.dictionary());
    }
}
