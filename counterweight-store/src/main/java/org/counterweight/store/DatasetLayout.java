package org.counterweight.store;

import java.util.List;
import java.util.Objects;

/**
 * What identifies the rows of one dataset format, for the checks an import makes before it commits
 * ({@link ImportChecks}): the table its rows go to, the columns that key a row there (a COW NMC row is
 * one state-year of one version), which columns hold COW state codes, and whether files of the
 * format add to each other. Each key and code column names the file's column it is read from, so
 * that an error can point at the line and field.
 *
 * @param table         the table holding the format's rows
 * @param key           the columns keying a row (a SQL expression over the table and the file's
 *                      column, or null where the file has no single column for it)
 * @param codes         columns holding COW state codes, checked against the COW state list loaded
 * @param versionColumn the column holding the dataset version or release of a row, or null
 * @param merges        whether files of one release add to each other (SIPRI arms transfers: a TIV
 *                      table of Pakistan's imports and one of the United States' exports share the
 *                      US deliveries to Pakistan); rows of other formats belong to one file only
 * @param pre1816Codes  whether codes of states before the COW list began (Venice, 324) are accepted
 *                      where the rivalry data loaded uses them
 */
record DatasetLayout(String table, List<Column> key, List<Column> codes, String versionColumn, boolean merges,
        boolean pre1816Codes) {

    /** A column of the table, with the file's column it comes from (null when none maps one to one). */
    record Column(String sql, String fileColumn) {
        Column {
            Objects.requireNonNull(sql, "sql");
        }
    }

    DatasetLayout {
        key = List.copyOf(key);
        codes = List.copyOf(codes);
    }

    private static Column column(String sql, String fileColumn) {
        return new Column(sql, fileColumn);
    }

    private static Column same(String name) {
        return new Column(name, name);
    }

    private static DatasetLayout of(String table, List<Column> key, List<Column> codes, String versionColumn) {
        return new DatasetLayout(table, key, codes, versionColumn, false, false);
    }

    /** The layout of a format, or null for formats whose rows have no key (SIPRI's deal-level register). */
    static DatasetLayout of(DatasetFormat format) {
        return switch (format) {
            case COW_NMC -> of("nmc", List.of(column("version", null), same("ccode"), same("year")), List.of(same("ccode")),
                    "version");
            case ATOP -> of("atop_ddy", List.of(column("version", null), same("ccode1"), same("ccode2"), same("year")),
                    List.of(same("ccode1"), same("ccode2")), "version");
            case SIPRI_MILEX -> of("milex", List.of(column("release", null), same("country"), same("year")), List.of(),
                    "release");
            case SIPRI_TIV -> new DatasetLayout("arms_transfers", List.of(column("release", null), same("supplier"),
                    same("recipient"), same("year")), List.of(same("supplier_ccode"), same("recipient_ccode")),
                    "release", true, false);
            case SIPRI_TIV_TABLE -> new DatasetLayout("arms_transfers", List.of(column("release", null),
                    column("supplier", null), column("recipient", null), column("year", null)), List.of(), "release",
                    true, false);
            case SIPRI_TRADE_REGISTER -> null;
            case SIPRI_TIV_TOTALS -> of("arms_export_totals", List.of(column("release", null), same("supplier"),
                    same("year")), List.of(column("supplier_ccode", "supplier_ccode")), "release");
            case COW_STATES -> of("state_spells", List.of(column("system", null), column("code", "ccode"),
                    column("year(start_date)", "styear"), column("month(start_date)", "stmonth"),
                    column("day(start_date)", "stday")), List.of(), null);
            case GW_STATES -> of("state_spells", List.of(column("system", null), column("code", "gwcode"),
                    column("start_date", "start")), List.of(), null);
            case COUNTRYCODE -> of("country_codes", List.of(column("name", "country.name.en")),
                    List.of(column("cow_code", "cown")), null);
            case STATE_NAMES -> of("state_names", List.of(same("ccode"), same("first_year")), List.of(same("ccode")),
                    null);
            case STATE_ADJECTIVES -> of("state_adjectives", List.of(same("iso3")), List.of(), null);
            case OBLIGATION_ENDS -> of("obligation_ends", List.of(same("ccode"), column("end_date", "date")),
                    List.of(same("ccode")), null);
            case TD_RIVALRIES -> new DatasetLayout("rivalries", List.of(column("number", "rivalryno")),
                    List.of(same("ccode1"), same("ccode2")), null, false, true);
            case TSS_RIVALRIES -> new DatasetLayout("rivalries", List.of(column("number", "tssr_id")),
                    List.of(same("ccode1"), same("ccode2")), null, false, true);
            case COW_CONTIGUITY -> of("contiguity", List.of(same("ccode1"), same("ccode2"),
                    column("start_date", "stdate")), List.of(same("ccode1"), same("ccode2")), null);
            case COW_MAJORS -> of("major_powers", List.of(same("ccode"), column("year(start_date)", "styear"),
                    column("month(start_date)", "stmonth"), column("day(start_date)", "stday")),
                    List.of(same("ccode")), null);
            case UNGA_VOTES -> of("un_votes", List.of(same("rcid"), same("ccode")), List.of(same("ccode")), null);
            case UNGA_IDEAL_POINTS -> of("un_ideal_points", List.of(same("ccode"), same("year")),
                    List.of(same("ccode")), null);
            case UNGA_AGREEMENT -> of("un_agreement", List.of(same("ccode1"), same("ccode2"), same("year")),
                    List.of(same("ccode1"), same("ccode2")), null);
            case CAMEO_CODEBOOK -> of("cameo_codes", List.of(column("code", "cameo_code")), List.of(), null);
            case DEMOCRACY -> of("democracy", List.of(same("ccode"), same("year")), List.of(same("ccode")), null);
            case SDP_GDP -> of("economy", List.of(same("ccode"), same("year")), List.of(same("ccode")), null);
            case GML_MIDS, COW_MIDS -> of("disputes", List.of(same("ccode1"), same("ccode2"), same("year")),
                    List.of(same("ccode1"), same("ccode2")), null);
            case CAPITALS, CAPITAL_CORRECTIONS -> of("capitals", List.of(same("ccode"), column("start_date", null)),
                    List.of(same("ccode")), null);
            case MIN_DISTANCE -> of("min_distances", List.of(same("ccode1"), same("ccode2"), same("first_year")),
                    List.of(same("ccode1"), same("ccode2")), null);
            case IGO_DYADS -> of("igo_dyads", List.of(same("ccode1"), same("ccode2"), same("year")),
                    List.of(same("ccode1"), same("ccode2")), null);
            case IGO_STATES -> of("igo_states", List.of(same("ccode"), same("year")), List.of(same("ccode")), null);
        };
    }

    /** The key's SQL expressions, comma-separated. */
    String keySql() {
        return String.join(", ", key.stream().map(Column::sql).toList());
    }

    /** How the key reads to a person: the file's columns that hold it, else the table's. */
    String keyNames() {
        List<String> fileColumns = key.stream().map(Column::fileColumn).filter(Objects::nonNull).toList();
        return String.join(", ", fileColumns.isEmpty() ? key.stream().map(Column::sql).toList() : fileColumns);
    }
}
