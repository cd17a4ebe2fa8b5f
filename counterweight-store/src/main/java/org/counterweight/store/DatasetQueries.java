package org.counterweight.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.ArmsExportTotal;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.CapitalSpell;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.ObligationEnd;
import org.counterweight.core.model.StateAdjectives;
import org.counterweight.core.model.StateNamePeriod;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;
import org.counterweight.core.model.ValueStatus;

/** Reads dataset rows back as domain records, with each dataset's coverage, within one session. */
public final class DatasetQueries {
    private final StoreSession session;

    public DatasetQueries(StoreSession session) {
        this.session = session;
    }

    /** Orders versions and releases newest first, comparing dotted numbers numerically ("10.0" after "7.0"). */
    static final java.util.Comparator<DatasetCoverage> NEWEST_FIRST = (a, b) -> compareVersions(b.version(), a.version());

    static int compareVersions(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int order = l.matches("\\d+") && r.matches("\\d+")
                    ? Long.compare(Long.parseLong(l), Long.parseLong(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static List<DatasetCoverage> newestFirst(List<DatasetCoverage> coverages) {
        return coverages.stream().sorted(NEWEST_FIRST).toList();
    }

    public List<CountryCodeEntry> countryCodes() {
        return Sql.query(session.connection(), "SELECT * FROM country_codes ORDER BY name", row -> new CountryCodeEntry(
                row.getString("name"), row.getString("iso_name"), row.getString("cow_name"), row.getString("iso2"),
                row.getString("iso3"), Sql.integer(row, "iso_numeric"), row.getString("cow_abb"),
                Sql.integer(row, "cow_code"), row.getString("gw_abb"), Sql.integer(row, "gw_code"),
                row.getString("fips"), row.getString("region"), row.getString("continent"), row.getString("un_region"),
                row.getString("un_subregion"), row.getString("name_regex")));
    }

    /** Every spell of the COW and Gleditsch-Ward state lists, by system, code and start. */
    public List<StateSystemSpell> stateSpells() {
        return Sql.query(session.connection(), "SELECT * FROM state_spells ORDER BY system, code, start_date",
                row -> new StateSystemSpell(StateSystem.valueOf(row.getString("system")), row.getInt("code"),
                        row.getString("abbreviation"), row.getString("name"), row.getDate("start_date").toLocalDate(),
                        row.getDate("end_date").toLocalDate(), row.getBoolean("microstate")));
    }

    /** The curated names of COW codes over years, by code and first year. */
    public List<StateNamePeriod> stateNames() {
        return Sql.query(session.connection(), "SELECT * FROM state_names ORDER BY ccode, first_year NULLS FIRST",
                row -> new StateNamePeriod(row.getInt("ccode"), row.getString("id"), row.getString("name"),
                        row.getString("abbreviation"), Sql.integer(row, "first_year"), Sql.integer(row, "last_year"),
                        Sql.integer(row, "gwcode"), Sql.split(row.getString("aliases"), "|"),
                        Sql.split(row.getString("successors"), "|").stream().map(Integer::valueOf).toList(),
                        row.getString("source")));
    }

    /** The curated English adjectives of states, by ISO3. */
    public List<StateAdjectives> stateAdjectives() {
        return Sql.query(session.connection(), "SELECT * FROM state_adjectives ORDER BY iso3",
                row -> new StateAdjectives(row.getString("iso3"), Sql.split(row.getString("adjectives"), "|"),
                        row.getString("source")));
    }

    /**
     * Each state's capital at the end of the capital spells stored: the spells that last to their
     * latest end date, peacesciencer's except for the states the curated corrections list (whose
     * spells replace all of theirs, as in the capital distances of frames), by code.
     */
    public List<CapitalSpell> currentCapitals() {
        return Sql.query(session.connection(), "WITH spells AS (SELECT * FROM capitals WHERE dataset = ? UNION ALL"
                + " SELECT * FROM capitals WHERE dataset <> ? AND ccode NOT IN (SELECT ccode FROM capitals"
                + " WHERE dataset = ?)) SELECT * FROM spells WHERE end_date = (SELECT max(end_date) FROM spells)"
                + " ORDER BY ccode, start_date", row -> new CapitalSpell(row.getInt("ccode"), row.getString("capital"),
                        row.getDate("start_date").toLocalDate(), row.getDate("end_date").toLocalDate(),
                        row.getDouble("lat"), row.getDouble("lng"), row.getString("source"), row.getString("quote")),
                DyadFrames.CAPITAL_CORRECTIONS, DyadFrames.CAPITAL_CORRECTIONS, DyadFrames.CAPITAL_CORRECTIONS);
    }

    /** The curated ends of carried treaty obligations, by date and code. */
    public List<ObligationEnd> obligationEnds() {
        return Sql.query(session.connection(), "SELECT * FROM obligation_ends ORDER BY end_date, ccode",
                row -> new ObligationEnd(row.getInt("ccode"), row.getString("state"),
                        row.getDate("end_date").toLocalDate(), row.getString("event"), row.getString("reason"),
                        row.getString("source"), row.getString("locator")));
    }

    /** NMC versions stored, newest first, with their coverage. */
    public List<DatasetCoverage> nmcVersions() {
        return newestFirst(Sql.query(session.connection(), "SELECT dataset, version, min(year) AS first, max(year) AS last"
                + " FROM nmc GROUP BY dataset, version", row -> new DatasetCoverage(row.getString("dataset"),
                        row.getString("version"), row.getInt("first"), row.getInt("last"))));
    }

    /** Every state-year of one NMC version in [from, to]. */
    public List<NationalCapabilities> nmc(String version, int from, int to) {
        return Sql.query(session.connection(), "SELECT * FROM nmc WHERE version = ? AND year BETWEEN ? AND ?"
                + " ORDER BY year, ccode", DatasetQueries::capabilities, version, from, to);
    }

    /** The state-years of one NMC version in [from, to] of the states with these COW codes. */
    public List<NationalCapabilities> nmc(String version, int from, int to, Collection<Integer> codes) {
        return Sql.query(session.connection(), "SELECT * FROM nmc WHERE version = ? AND year BETWEEN ? AND ?"
                + " AND list_contains(?, ccode) ORDER BY year, ccode", DatasetQueries::capabilities, version, from, to,
                codes);
    }

    private static NationalCapabilities capabilities(ResultSet row) throws SQLException {
        return new NationalCapabilities(row.getString("version"), row.getInt("ccode"), row.getString("stateabb"),
                row.getInt("year"), optional(row, "milex"), optional(row, "milper"), optional(row, "irst"),
                optional(row, "pec"), optional(row, "tpop"), optional(row, "upop"), optional(row, "cinc"));
    }

    private static OptionalDouble optional(ResultSet row, String column) throws SQLException {
        Double value = Sql.number(row, column);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** ATOP obligations of the years [from, to] (both directions as stored), among the given COW codes. */
    public List<AllianceObligation> atopObligations(int from, int to, Collection<Integer> codes) {
        return Sql.query(session.connection(), "SELECT * FROM atop_ddy WHERE year BETWEEN ? AND ?"
                + " AND list_contains(?, ccode1) AND list_contains(?, ccode2) ORDER BY year, rowid",
                row -> new AllianceObligation(row.getString("version"), row.getInt("ccode1"), row.getInt("ccode2"),
                        row.getInt("year"), row.getBoolean("defense"), row.getBoolean("offense"),
                        row.getBoolean("neutral"), row.getBoolean("nonaggression"), row.getBoolean("consultation")),
                from, to, codes, codes);
    }

    /** The ATOP years stored. */
    public Optional<DatasetCoverage> atopCoverage() {
        return Sql.query(session.connection(), "SELECT any_value(dataset) AS dataset, any_value(version) AS version,"
                + " min(year) AS first, max(year) AS last FROM atop_ddy", row -> row.getString("dataset") == null ? null
                        : new DatasetCoverage(row.getString("dataset"), row.getString("version"), row.getInt("first"),
                                row.getInt("last"))).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * The rivalry datasets stored (slot and years), the one reaching latest first: each is a list of
     * its own (Thompson-Dreyer 2012, Thompson-Sakuwa-Suhas 2021), never to be read together.
     */
    public List<DatasetCoverage> rivalryDatasets() {
        return Sql.query(session.connection(), "SELECT dataset, min(start_year) AS first, max(end_year) AS last"
                + " FROM rivalries GROUP BY dataset ORDER BY last DESC, dataset", row -> new DatasetCoverage(
                        row.getString("dataset"), row.getString("dataset"), row.getInt("first"), row.getInt("last")));
    }

    /** The strategic rivalries of one rivalry dataset (its slot) active at some time in [from, to]. */
    public List<org.counterweight.core.model.Rivalry> rivalries(String dataset, int from, int to) {
        return Sql.query(session.connection(), "SELECT * FROM rivalries WHERE dataset = ? AND start_year <= ?"
                + " AND end_year >= ? ORDER BY rowid",
                row -> new org.counterweight.core.model.Rivalry(row.getInt("number"), row.getString("name"),
                        row.getInt("ccode1"), row.getInt("ccode2"), row.getInt("start_year"), row.getInt("end_year"),
                        row.getString("region"), Sql.split(row.getString("types")).stream()
                                .map(t -> org.counterweight.core.model.Labels.parse(
                                        org.counterweight.core.model.RivalryType.class, t, "type")).toList()),
                dataset, to, from);
    }

    /**
     * SIPRI military expenditure releases stored, newest first, each with the slots holding it and the
     * years they span together: a user's file of a release adds to the bundled one, it does not
     * narrow the release's years to its own.
     */
    public List<DatasetCoverage> milexReleases() {
        return newestFirst(Sql.query(session.connection(), "SELECT string_agg(DISTINCT dataset, ', ' ORDER BY dataset)"
                + " AS datasets, release, min(year) AS first, max(year) AS last FROM milex GROUP BY release",
                row -> new DatasetCoverage(row.getString("datasets"), row.getString("release"), row.getInt("first"),
                        row.getInt("last"))));
    }

    /** One country's SIPRI military expenditure in [from, to] from one release. */
    public List<MilitaryExpenditure> milex(String release, int cowCode, int from, int to) {
        return milex(release, List.of(cowCode), from, to);
    }

    /** SIPRI military expenditure in [from, to] from one release of the countries with these COW codes. */
    public List<MilitaryExpenditure> milex(String release, Collection<Integer> codes, int from, int to) {
        return Sql.query(session.connection(), "SELECT * FROM milex WHERE release = ? AND list_contains(?, ccode)"
                + " AND year BETWEEN ? AND ? ORDER BY ccode, year, country", row -> new MilitaryExpenditure(
                        row.getString("release"), row.getString("country"), Sql.integer(row, "ccode"),
                        row.getInt("year"), row.getInt("price_base_year"), optional(row, "constant_usd_m"),
                        ValueStatus.valueOf(row.getString("constant_status")), optional(row, "share_of_gdp"),
                        ValueStatus.valueOf(row.getString("share_status"))), release, codes, from, to);
    }

    /**
     * SIPRI arms-transfer releases stored, newest first, each with the slots that declared it and the
     * years its coverage spans (it may hold only some recipients or suppliers: {@link #armsCoverage()}).
     */
    public List<DatasetCoverage> armsReleases() {
        return newestFirst(Sql.query(session.connection(), "SELECT string_agg(DISTINCT dataset, ', ' ORDER BY dataset)"
                + " AS datasets, release, min(first_year) AS first, max(last_year) AS last FROM arms_coverage"
                + " GROUP BY release", row -> new DatasetCoverage(row.getString("datasets"), row.getString("release"),
                        row.getInt("first"), row.getInt("last"))));
    }

    /** What each stored SIPRI arms-transfer release holds in full: recipients' imports and suppliers' exports. */
    public List<ArmsCoverage> armsCoverage() {
        return Sql.query(session.connection(), "SELECT DISTINCT release, side, country, ccode, first_year, last_year"
                + " FROM arms_coverage ORDER BY release, side, country, first_year, last_year",
                row -> new ArmsCoverage(row.getString("release"), ArmsCoverage.Side.valueOf(row.getString("side")),
                        row.getString("country"), Sql.integer(row, "ccode"), row.getInt("first_year"),
                        row.getInt("last_year")));
    }

    /**
     * The merge rule of SIPRI arms-transfer releases, as a condition on a row {@code t} of
     * arms_transfers; it takes the releases to read, newest first, twice. A row is read when its
     * release is the first of them that covers its recipient or its supplier in its year (by SIPRI
     * name, or by COW code between states): a newer release adds to older ones where it holds
     * something, and replaces them only there, and a release holding nothing of a country hides
     * nothing. Rows of releases not listed are never read.
     */
    static final String NEWEST_COVERING = "list_position(?, t.release) = (SELECT min(list_position(?, c.release))"
            + " FROM arms_coverage c WHERE t.year BETWEEN c.first_year AND c.last_year AND ((c.side = 'RECIPIENT' AND "
            + sameCountry("recipient") + ") OR (c.side = 'SUPPLIER' AND " + sameCountry("supplier") + ")))";

    /** Coverage {@code c} names the {@code side} of transfer {@code t}: the same name, or the same state's code. */
    private static String sameCountry(String side) {
        return "(c.country = t." + side + " OR (c.ccode = t." + side + "_ccode AND c.country NOT LIKE '%*' AND t." + side
                + " NOT LIKE '%*'))";
    }

    /**
     * Transfers to (or from) a state, identified by COW code, each from the newest of {@code releases}
     * covering it ({@link #NEWEST_COVERING}); non-state parties (SIPRI names ending in '*') are not the
     * state even where a code was attached to them. A supplier-recipient-year held by several imported
     * files of one release is counted once.
     *
     * @param releases the releases to read, newest first
     */
    public List<ArmsTransfer> transfers(List<String> releases, int cowCode, boolean asRecipient) {
        String side = asRecipient ? "recipient" : "supplier";
        return Sql.query(session.connection(), "SELECT t.release, t.supplier, any_value(t.supplier_ccode) AS"
                + " supplier_ccode, t.recipient, any_value(t.recipient_ccode) AS recipient_ccode, t.year, max(t.tiv) AS tiv"
                + " FROM arms_transfers t WHERE t." + side + "_ccode = ? AND t." + side + " NOT LIKE '%*' AND "
                + NEWEST_COVERING + " GROUP BY t.release, t.supplier, t.recipient, t.year"
                + " ORDER BY t.year, t.supplier, t.recipient",
                row -> new ArmsTransfer(row.getString("release"), row.getString("supplier"),
                        Sql.integer(row, "supplier_ccode"), row.getString("recipient"),
                        Sql.integer(row, "recipient_ccode"), row.getInt("year"), row.getDouble("tiv")),
                cowCode, releases, releases);
    }

    /**
     * A supplier's total exports to all recipients by year as SIPRI reports them, each year from the
     * first of {@code releases} (newest first) holding a total for it; years without one are absent.
     */
    public List<ArmsExportTotal> exportTotals(List<String> releases, int cowCode) {
        return Sql.query(session.connection(), "SELECT * FROM arms_export_totals WHERE supplier_ccode = ?"
                + " AND list_contains(?, release) QUALIFY row_number() OVER (PARTITION BY year"
                + " ORDER BY list_position(?, release)) = 1 ORDER BY year",
                row -> new ArmsExportTotal(row.getString("release"), row.getString("supplier"),
                        Sql.integer(row, "supplier_ccode"), row.getInt("year"), row.getDouble("tiv")),
                cowCode, releases, releases);
    }
}
