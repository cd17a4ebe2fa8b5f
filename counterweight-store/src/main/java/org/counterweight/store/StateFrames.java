package org.counterweight.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.store.DyadFrames.Addition;
import org.counterweight.store.DyadFrames.ColumnSource;
import org.counterweight.store.DyadFrames.Member;
import org.counterweight.store.FrameQuery.Checked;
import org.counterweight.store.FrameQuery.Coverage;
import org.counterweight.store.StateCovariates.Side;

/**
 * State-year frames from COW state-system membership, as peacesciencer's {@code create_stateyears()}
 * and its {@code add_*()} functions build them (Miller 2022, Conflict Management and Peace Science
 * 39(6)): one row per member of the system in each year (states still members at the end of the 2016
 * list carried forward, as {@code mry = TRUE}), with the groups measured on a state
 * ({@link Addition#forStates()}): CINC, NMC's components, COW major-power status, democracy scores,
 * simulated GDP, IGO memberships, and the distances to the nearest other member (capital to capital and
 * border to border). Each group's values are NULL outside its dataset's coverage, and its basis column
 * says why a value is empty.
 */
public final class StateFrames {
    private final StoreSession session;

    public StateFrames(StoreSession session) {
        this.session = session;
    }

    /**
     * What frame to build.
     *
     * @param actors     the states to restrict to, each in its years, or empty for every member
     * @param additions  the groups to add, each {@link Addition#forStates()}
     * @param nmcVersion NMC version for the CINC and NMC columns
     * @param names      the column names: peacesciencer's or Counterweight's
     */
    public record Spec(int from, int to, List<Member> actors, Set<Addition> additions, String nmcVersion,
            ColumnNames names) {
        public Spec {
            Frames.checkYears(from, to);
            actors = List.copyOf(actors);
            additions = Set.copyOf(additions);
            for (Addition addition : additions) {
                if (!addition.forStates()) {
                    throw new IllegalArgumentException("'" + addition.label() + "' is a dyadic column group; a state-year"
                            + " frame has " + Arrays.stream(Addition.values()).filter(Addition::forStates)
                                    .map(Addition::label).collect(Collectors.joining(",")));
                }
            }
            Objects.requireNonNull(nmcVersion, "nmc version is required");
            Objects.requireNonNull(names, "column names are required");
        }

        /** The additions in column order; CINC is left out when NMC, which holds it, is asked for. */
        public List<Addition> inOrder() {
            return Arrays.stream(Addition.values()).filter(additions::contains)
                    .filter(a -> a != Addition.CINC || !additions.contains(Addition.NMC)).toList();
        }
    }

    /** The columns a spec produces, with their provenance. */
    public List<ColumnSource> dictionary(Spec spec) {
        return assemble(spec).dictionary();
    }

    DyadFrames.Query sql(Spec spec) {
        return assemble(spec).build(null, "state_attributes d");
    }

    private FrameQuery assemble(Spec spec) {
        FrameQuery query = new FrameQuery(spec.names());
        Frames.stateYears(query, spec.from(), spec.to(), spec.actors());
        query.key(new ColumnSource("ccode", Frames.SYSTEM, "COW state code", "COW state code", "1816-"), "d.ccode",
                FrameQuery.KeyRange.STATE_CODE);
        query.column(new ColumnSource(query.names().of("state_name"), "cow-states-2016", "the state's name in the COW"
                + " list", "name", "1816-"), "nm.name");
        query.key(new ColumnSource("year", Frames.SYSTEM, "calendar year", "year", "1816-"), "d.year",
                FrameQuery.KeyRange.YEAR);
        query.join(" LEFT JOIN (SELECT code, arg_max(name, start_date) AS name FROM state_spells WHERE system = 'COW'"
                + " GROUP BY code) nm ON nm.code = d.ccode");
        StateCovariates states = new StateCovariates(session);
        for (Addition addition : spec.inOrder()) {
            switch (addition) {
                case CINC -> Frames.cinc(query, session, spec.nmcVersion(), Side.STATE);
                case NMC -> states.add(query, StateCovariates.nmc(spec.nmcVersion()), Side.STATE);
                case MAJORS -> Frames.majors(query, session, Side.STATE);
                case DEMOCRACY -> states.add(query, StateCovariates.democracy(), Side.STATE);
                case DISTANCE -> nearest(query, spec);
                case IGO -> states.add(query, StateCovariates.igoMemberships(), Side.STATE);
                case GDP -> states.add(query, StateCovariates.gdp(), Side.STATE);
                default -> throw new IllegalStateException("unhandled " + addition);
            }
        }
        return query;
    }

    /**
     * The distance to the nearest other member of the system that year: capital to capital (as
     * peacesciencer's {@code add_capital_distance()} gives state-years) and border to border (its
     * {@code add_minimum_distance()}), over the members of the whole system, not only the frame's states.
     */
    private void nearest(FrameQuery query, Spec spec) {
        Frames.capitalYears(query);
        Coverage capitals = Frames.coverage(session, "SELECT min(year(start_date)), max(year(end_date)) FROM capitals");
        Coverage mindist = Frames.coverage(session, "SELECT min(first_year), max(last_year) FROM min_distances");
        query.with("system_years AS (SELECT DISTINCT s.code AS ccode, y.range::INTEGER AS year FROM spells s JOIN"
                + " range(?::BIGINT, ?::BIGINT) y ON y.range BETWEEN s.first_year AND s.last_year)", spec.from(),
                spec.to() + 1);
        query.with("nearest_capital AS (SELECT a.ccode, a.year, min(" + Frames.greatCircleKm("ca", "cb") + ") AS km"
                + " FROM state_years a JOIN system_years b ON b.year = a.year AND b.ccode <> a.ccode JOIN capital_years"
                + " ca ON ca.ccode = a.ccode AND ca.year = a.year JOIN capital_years cb ON cb.ccode = b.ccode AND"
                + " cb.year = b.year GROUP BY ALL)");
        query.with("nearest_border AS (SELECT a.ccode, a.year, min(md.mindist) AS km FROM state_years a JOIN"
                + " system_years b ON b.year = a.year AND b.ccode <> a.ccode JOIN min_distances md ON md.ccode1 ="
                + " least(a.ccode, b.ccode) AND md.ccode2 = greatest(a.ccode, b.ccode) AND a.year BETWEEN"
                + " md.first_year AND md.last_year GROUP BY ALL)");
        String capdist = query.names().of("min_capital_distance_km");
        String min = query.names().of("min_min_distance_km");
        query.column(new ColumnSource(capdist, "capitals-2024 (+ capitals-corrections-curated)", "great-circle"
                + " distance from the state's capital to the nearest other member's capital on 1 January", "km",
                capitals.text()), "nc.km");
        query.column(new ColumnSource(min, "cshapes-mindist-2.0", "minimum border distance to the nearest other member"
                + " CShapes lists that year (0: a neighbour)", "km", mindist.text()), "nb.km");
        query.column(new ColumnSource("distance_basis", "capitals-2024, cshapes-mindist-2.0", Frames.BASIS_MEANING,
                "basis", Coverage.span(List.of(capitals, mindist)).text()), FrameQuery.basis(List.of(
                        new Checked(capdist, "nc.km", FrameQuery.outside("d.year", capitals)),
                        new Checked(min, "nb.km", FrameQuery.outside("d.year", mindist)))));
        query.join(" LEFT JOIN nearest_capital nc ON nc.ccode = d.ccode AND nc.year = d.year"
                + " LEFT JOIN nearest_border nb ON nb.ccode = d.ccode AND nb.year = d.year");
    }

    /**
     * Writes the frame to a CSV or Parquet file (by extension); returns the number of rows. A Parquet
     * file carries {@code metadata} in its footer's key-value metadata.
     */
    public long write(Spec spec, Path out, Map<String, String> metadata) {
        return Frames.write(session, sql(spec), metadata, out);
    }

    /** Reads the frame into memory. */
    public DyadFrames.Frame read(Spec spec) {
        FrameQuery query = assemble(spec);
        return Frames.read(session, query.build(null, "state_attributes d"), query.dictionary());
    }
}
