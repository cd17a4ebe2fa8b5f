package org.counterweight.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.ArmsTransfer;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
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

    /** SIPRI military expenditure releases stored, newest first, with their coverage. */
    public List<DatasetCoverage> milexReleases() {
        return newestFirst(Sql.query(session.connection(), "SELECT dataset, release, min(year) AS first, max(year) AS last"
                + " FROM milex GROUP BY dataset, release", row -> new DatasetCoverage(row.getString("dataset"),
                        row.getString("release"), row.getInt("first"), row.getInt("last"))));
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

    /** SIPRI arms-transfer releases stored, newest first, with their coverage. */
    public List<DatasetCoverage> armsReleases() {
        return newestFirst(Sql.query(session.connection(), "SELECT string_agg(DISTINCT dataset, ', ') AS datasets,"
                + " release, min(year) AS first, max(year) AS last FROM arms_transfers GROUP BY release",
                row -> new DatasetCoverage(row.getString("datasets"), row.getString("release"), row.getInt("first"),
                        row.getInt("last"))));
    }

    /**
     * Transfers of one release to (or from) a state, identified by COW code; non-state parties (SIPRI
     * names ending in '*') are not the state even where a code was attached to them. A
     * supplier-recipient-year held by several imported files of the release is counted once.
     */
    public List<ArmsTransfer> transfers(String release, int cowCode, boolean asRecipient) {
        String side = asRecipient ? "recipient" : "supplier";
        return Sql.query(session.connection(), "SELECT supplier, any_value(supplier_ccode) AS supplier_ccode, recipient,"
                + " any_value(recipient_ccode) AS recipient_ccode, year, max(tiv) AS tiv FROM arms_transfers"
                + " WHERE release = ? AND " + side + "_ccode = ? AND " + side + " NOT LIKE '%*'"
                + " GROUP BY supplier, recipient, year ORDER BY year, supplier, recipient",
                row -> new ArmsTransfer(release, row.getString("supplier"), Sql.integer(row, "supplier_ccode"),
                        row.getString("recipient"), Sql.integer(row, "recipient_ccode"), row.getInt("year"),
                        row.getDouble("tiv")), release, cowCode);
    }

    /**
     * A supplier's total exports to all recipients over [from, to] as SIPRI reports them, or empty
     * when the release has no total for it (or none for some year of the window that has deliveries).
     */
    public OptionalDouble exportTotal(String release, int cowCode, int from, int to) {
        List<Double> totals = Sql.query(session.connection(), "SELECT sum(tiv) AS total, count(*) AS n FROM"
                + " arms_export_totals WHERE release = ? AND supplier_ccode = ? AND year BETWEEN ? AND ?",
                row -> row.getLong("n") == 0 ? null : row.getDouble("total"), release, cowCode, from, to);
        return totals.isEmpty() || totals.get(0) == null ? OptionalDouble.empty() : OptionalDouble.of(totals.get(0));
    }

    /** Whether a release holds the full import record of a state (it appears as a recipient at all). */
    public boolean coversRecipient(String release, int cowCode) {
        return !Sql.query(session.connection(), "SELECT 1 FROM arms_transfers WHERE release = ? AND recipient_ccode = ?"
                + " LIMIT 1", row -> 1, release, cowCode).isEmpty();
    }

    /** Whether a release holds any export of a state. */
    public boolean coversSupplier(String release, int cowCode) {
        return !Sql.query(session.connection(), "SELECT 1 FROM arms_transfers WHERE release = ? AND supplier_ccode = ?"
                + " LIMIT 1", row -> 1, release, cowCode).isEmpty();
    }
}
