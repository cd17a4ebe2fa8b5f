package org.counterweight.store;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.store.DyadFrames.ColumnSource;
import org.counterweight.store.FrameQuery.Checked;
import org.counterweight.store.FrameQuery.Coverage;

/**
 * The covariates measured on one state in a year (NMC's six components and CINC, democracy scores,
 * simulated GDP, IGO memberships), joined for each state of a frame's row: both states of a dyad-year
 * (columns suffixed 1 and 2, as peacesciencer's {@code add_nmc()}, {@code add_democracy()} and
 * {@code add_sdp_gdp()} name them) or the one state of a state-year. Each group adds a basis column
 * (FrameQuery#basis): a value is NULL either because its dataset does not cover the year
 * ({@code not-covered}) or because the dataset covers it and gives no value for the state
 * ({@code not-coded}); a 0 is a value the dataset gives.
 */
final class StateCovariates {
    /** Which state of a row a column is of: the suffix of its columns ("1", "2", or "" in a state-year frame). */
    record Side(String suffix) {
        static final List<Side> DYAD = List.of(new Side("1"), new Side("2"));
        static final List<Side> STATE = List.of(new Side(""));

        String label() {
            return suffix.isEmpty() ? "the state" : "state " + suffix;
        }

        /** The frame row's reference to this side's copy of a column of {@code state_attributes}. */
        String ref(String stateColumn) {
            return "d." + stateColumn + (suffix.isEmpty() ? "" : "_" + suffix);
        }
    }

    /**
     * A measured value.
     *
     * @param source  the table's column
     * @param stem    Counterweight's name of it, without the side suffix (ColumnNames maps it)
     * @param meaning what it is
     * @param unit    its unit or scale
     */
    record Component(String source, String stem, String meaning, String unit) {
    }

    /**
     * A group of measured values from one table.
     *
     * @param table      the store's table (ccode, year, the components' columns)
     * @param alias      the join alias stem
     * @param basis      the name of the group's basis column
     * @param dataset    the dataset and version the dictionary names
     * @param filter     an extra condition on the table's rows with one bound parameter, or null
     * @param parameter  the value bound to the filter's parameter
     * @param components the values, in column order
     */
    record Group(String table, String alias, String basis, String dataset, String filter, Object parameter,
            List<Component> components) {
        Group {
            components = List.copyOf(components);
        }
    }

    /** NMC's six components and CINC, as peacesciencer's {@code add_nmc()} adds them. */
    static Group nmc(String version) {
        return new Group("nmc", "nmc", "nmc_basis", "cow-nmc-" + version, "version = ?", version, List.of(
                new Component("milex", "milex", "military expenditure", "thousands of current US$ (from 1914; British"
                        + " pounds before)"),
                new Component("milper", "milper", "military personnel", "thousands"),
                new Component("irst", "irst", "iron and steel production", "thousands of tons"),
                new Component("pec", "pec", "primary energy consumption", "thousands of coal-ton equivalents"),
                new Component("tpop", "tpop", "total population", "thousands"),
                new Component("upop", "upop", "urban population (cities of 100,000 or more)", "thousands"),
                new Component("cinc", "cinc", "Composite Index of National Capability as published",
                        "share of the system's capabilities, 0-1")));
    }

    /** V-Dem polyarchy, Polity's polity2 and Marquez's extended UDS, as peacesciencer's {@code add_democracy()}. */
    static Group democracy() {
        return new Group("democracy", "dem", "democracy_basis", "democracy-peacesciencer (V-Dem v10, Polity IV 2017,"
                + " QuickUDS 0.2.3)", null, null, List.of(
                        new Component("v2x_polyarchy", "v2x_polyarchy", "V-Dem electoral democracy index (v10)",
                                "index 0-1"),
                        new Component("polity2", "polity2", "Polity IV combined polity score (2017 release)",
                                "score -10 (full autocracy) to +10 (full democracy)"),
                        new Component("xm_qudsest", "xm_qudsest", "Marquez's extended Unified Democracy Score",
                                "latent scale, mean about 0, higher is more democratic")));
    }

    /** Simulated GDP, population and surplus domestic product, as peacesciencer's {@code add_sdp_gdp()}: logs. */
    static Group gdp() {
        String levels = "; the level is exp(v) - 1";
        return new Group("economy", "gdp", "gdp_basis", "sdp-gdp-2020 (Anders, Fariss & Markowitz 2020)", null, null,
                List.of(new Component("wbgdp2011est", "ln_gdp", "simulated GDP (World Bank 2011 PPP estimate)",
                                "ln(2011 PPP US$ + 1)" + levels),
                        new Component("wbpopest", "ln_pop", "simulated population", "ln(persons + 1)" + levels),
                        new Component("sdpest", "ln_sdp", "surplus domestic product (GDP above 1,095 US$ a person a"
                                + " year; 0 = no surplus)", "ln(2011 PPP US$ + 1)" + levels),
                        new Component("wbgdppc2011est", "ln_gdppc", "GDP per person", "ln(2011 PPP US$ + 1)"
                                + levels)));
    }

    /** IGO memberships by kind, as peacesciencer's {@code add_igos()} adds them to state-years. */
    static Group igoMemberships() {
        return new Group("igo_states", "igo", "igo_basis", "cow-igo-3.0-states", null, null, List.of(
                new Component("sum_igo_full", "igo_full", "IGOs in which the state is a full member", "count"),
                new Component("sum_igo_associate", "igo_associate", "IGOs in which it is only an associate member",
                        "count"),
                new Component("sum_igo_observer", "igo_observer", "IGOs in which it is only an observer", "count"),
                new Component("sum_igo_anytype", "igo_any", "IGOs in which it has any kind of membership", "count")));
    }

    private final StoreSession session;

    StateCovariates(StoreSession session) {
        this.session = session;
    }

    /**
     * Joins {@code group} once per state-year and adds its columns for each side, side by side, and its
     * basis column (the states' exceptions, computed per state-year, joined).
     */
    void add(FrameQuery query, Group group, List<Side> sides) {
        List<Coverage> coverages = new ArrayList<>();
        for (Component component : group.components()) {
            coverages.add(coverage(group, component));
        }
        String alias = group.alias();
        if (group.filter() == null) {
            query.stateJoin(" LEFT JOIN " + group.table() + " " + alias + " ON " + alias + ".ccode = s.ccode AND " + alias
                    + ".year = s.year");
        } else {
            query.stateJoin(" LEFT JOIN " + group.table() + " " + alias + " ON " + alias + ".ccode = s.ccode AND " + alias
                    + ".year = s.year AND " + alias + "." + group.filter(), group.parameter());
        }
        for (Component component : group.components()) {
            query.stateColumn(alias + "_" + component.source(), alias + "." + component.source());
        }
        List<String> exceptions = new ArrayList<>();
        for (Side side : sides) {
            List<Checked> checked = new ArrayList<>();
            for (int c = 0; c < group.components().size(); c++) {
                Component component = group.components().get(c);
                checked.add(new Checked(query.names().of(component.stem(), side.suffix()), alias + "."
                        + component.source(), FrameQuery.outside("s.year", coverages.get(c))));
            }
            String column = alias + "_exceptions" + side.suffix();
            query.stateColumn(column, FrameQuery.exceptions(checked));
            exceptions.add(side.ref(column));
            for (int c = 0; c < group.components().size(); c++) {
                Component component = group.components().get(c);
                query.column(new ColumnSource(query.names().of(component.stem(), side.suffix()), group.dataset(),
                        component.meaning() + " of " + side.label(), component.unit(), coverages.get(c).text()),
                        side.ref(alias + "_" + component.source()));
            }
        }
        String outside = coverages.stream().map(c -> "(" + FrameQuery.outside("d.year", c) + ")")
                .collect(java.util.stream.Collectors.joining(" AND "));
        query.column(new ColumnSource(group.basis(), group.dataset(), Frames.BASIS_MEANING, "basis",
                Coverage.span(coverages).text()), FrameQuery.basis(outside, exceptions));
    }

    /** The years in which any state has a value of the component. */
    private Coverage coverage(Group group, Component component) {
        String sql = "SELECT min(year), max(year) FROM " + group.table() + " WHERE " + component.source()
                + " IS NOT NULL" + (group.filter() == null ? "" : " AND " + group.filter());
        Object[] parameters = group.filter() == null ? new Object[0] : new Object[] {group.parameter()};
        return Sql.query(session.connection(), sql, row -> new Coverage(Sql.integer(row,
                row.getMetaData().getColumnLabel(1)), Sql.integer(row, row.getMetaData().getColumnLabel(2))),
                parameters).get(0);
    }
}
