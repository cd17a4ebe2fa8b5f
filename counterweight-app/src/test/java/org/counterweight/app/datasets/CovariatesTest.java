package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The covariates of dyad-year and state-year frames reproduce published values of their source files,
 * each named beside its number (data/datasets/&lt;name&gt;/SOURCE.md quotes the checks its compiler made on the
 * files; the other numbers are rows of the files, or computed independently as the javadoc says), under
 * peacesciencer's column names (the default).
 */
class CovariatesTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static DyadsService dyads;
    private static StatesService states;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        dyads = new DyadsService(workbench);
        states = new StatesService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static FrameRows frame(String a, String b, int from, int to, String with) {
        return dyads.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(from, to), List.of(a, b), false,
                List.of(with.split(",")), null, Carry.FORWARD, null));
    }

    /** The value of {@code column} in the row of {@code year} (the frame has one row a year). */
    private static Object value(FrameRows frame, int year, String column) {
        int index = frame.columns().indexOf(column);
        assertThat(index).as("column " + column + " in " + frame.columns()).isNotNegative();
        return frame.rows().stream().filter(r -> ((Number) r.get(frame.columns().indexOf("year"))).intValue() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + year)).get(index);
    }

    private static double number(FrameRows frame, int year, String column) {
        return ((Number) value(frame, year, column)).doubleValue();
    }

    /**
     * NMC 7.0's six components and CINC for India (750) and Pakistan (770) in 2000, the rows of
     * NMC-7.0-abridged.csv: India 14765000, 1303, 26924, 770009, 1013662, 167077, 0.069258898; Pakistan
     * 2522000, 612, 950, 65340, 156483, 33190, 0.013316745.
     */
    @Test
    void nmcGivesAllSixComponentsAndCincOfBothStates() {
        FrameRows frame = frame("IND", "PAK", 2000, 2000, "nmc");
        assertThat(frame.columns()).containsSubsequence("milex1", "milper1", "irst1", "pec1", "tpop1", "upop1",
                "cinc1", "milex2", "milper2", "irst2", "pec2", "tpop2", "upop2", "cinc2", "nmc_basis");
        double[] india = {14765000, 1303, 26924, 770009, 1013662, 167077, 0.069258898};
        double[] pakistan = {2522000, 612, 950, 65340, 156483, 33190, 0.013316745};
        String[] stems = {"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"};
        for (int i = 0; i < stems.length; i++) {
            assertThat(number(frame, 2000, stems[i] + "1")).as(stems[i] + "1").isEqualTo(india[i]);
            assertThat(number(frame, 2000, stems[i] + "2")).as(stems[i] + "2").isEqualTo(pakistan[i]);
        }
        assertThat(value(frame, 2000, "nmc_basis")).isEqualTo("observed");
    }

    /**
     * democracy/SOURCE.md's check: India polyarchy 0.793 (2000), 0.676 (2010), 0.507 (2019); Pakistan
     * 0.216 and polity2 -6 in 2000, 0.445 and +6 in 2010. Polity and UDS end in 2017, V-Dem in 2019, all
     * in 2020.
     */
    @Test
    void democracyScoresAreTheSourcesAndTheirEndsAreNotCovered() {
        FrameRows frame = frame("IND", "PAK", 2000, 2021, "democracy");
        assertThat(number(frame, 2000, "v2x_polyarchy1")).isEqualTo(0.793);
        assertThat(number(frame, 2010, "v2x_polyarchy1")).isEqualTo(0.676);
        assertThat(number(frame, 2019, "v2x_polyarchy1")).isEqualTo(0.507);
        assertThat(number(frame, 2000, "v2x_polyarchy2")).isEqualTo(0.216);
        assertThat(number(frame, 2000, "polity22")).isEqualTo(-6);
        assertThat(number(frame, 2010, "v2x_polyarchy2")).isEqualTo(0.445);
        assertThat(number(frame, 2010, "polity22")).isEqualTo(6);
        assertThat(number(frame, 2017, "polity21")).isEqualTo(9);
        assertThat(value(frame, 2017, "democracy_basis")).isEqualTo("observed");
        assertThat(value(frame, 2018, "polity21")).isNull();
        assertThat(value(frame, 2018, "democracy_basis")).isEqualTo("polity21:not-covered;xm_qudsest1:not-covered;"
                + "polity22:not-covered;xm_qudsest2:not-covered");
        assertThat(value(frame, 2020, "democracy_basis")).as("V-Dem v10 ends in 2019").isEqualTo("not-covered");
        assertThat(value(frame, 2021, "democracy_basis")).isEqualTo("not-covered");
    }

    /**
     * mid/SOURCE.md: India-Pakistan dyad-years with a dispute, GML 48 (1947-2010) and COW 51 (1947-2014);
     * in 1999 the one-dispute file keeps MID 4223 (onset that year), not the Kargil dispute 4007. After
     * GML's end (2010) its columns are not covered while COW's still are (to 2014).
     */
    @Test
    void midsCountTheDisputesOfBothVersionsAndKeepTheirEndsApart() {
        FrameRows frame = frame("IND", "PAK", 1947, 2016, "mids");
        long gml = frame.rows().stream().filter(r -> Integer.valueOf(1).equals(r.get(frame.columns()
                .indexOf("gmlmidongoing")))).count();
        long cow = frame.rows().stream().filter(r -> Integer.valueOf(1).equals(r.get(frame.columns()
                .indexOf("cowmidongoing")))).count();
        assertThat(gml).isEqualTo(48);
        assertThat(cow).isEqualTo(51);
        assertThat(number(frame, 1999, "gmldispnum")).isEqualTo(4223);
        assertThat(number(frame, 1999, "gmlmidonset")).isEqualTo(1);
        assertThat(number(frame, 1999, "gmlhostlev1")).as("gml_mid_ddydisps.csv row 4223,750,770,1999").isEqualTo(4);
        assertThat(number(frame, 1980, "gmlmidongoing")).as("no dispute: 0, observed").isZero();
        assertThat(value(frame, 1980, "gmlhostlev")).isNull();
        assertThat(value(frame, 1980, "mids_basis")).isEqualTo("observed");
        assertThat(value(frame, 2012, "gmlmidongoing")).isNull();
        assertThat(number(frame, 2012, "cowmidongoing")).isEqualTo(1);
        assertThat(value(frame, 2012, "mids_basis")).isEqualTo("gmlmidonset:not-covered");
        assertThat(value(frame, 2016, "mids_basis")).isEqualTo("not-covered");
    }

    /**
     * Peace years counted as stevemisc's {@code ps_spells()} counts them, from the India-Pakistan dispute
     * years of the bundled files: GML has disputes in 1972 and 1981 and none between, so 1973 is 0, 1980 is
     * 7 and 1981 (a dispute year) 8; GML has 1987 and 1990, COW 1986 and 1990, so 1990 is 2 in GML and 3 in
     * COW. 1947 is the dyad's first year (both states entered the system in August 1947): 0, counted from
     * it.
     */
    @Test
    void peaceYearsCountFromTheLastDisputeYearOfEachVersion() {
        FrameRows frame = frame("IND", "PAK", 1947, 2012, "peaceyears");
        assertThat(number(frame, 1973, "gmlmidspell")).isZero();
        assertThat(number(frame, 1980, "gmlmidspell")).isEqualTo(7);
        assertThat(number(frame, 1981, "gmlmidspell")).isEqualTo(8);
        assertThat(number(frame, 1990, "gmlmidspell")).isEqualTo(2);
        assertThat(number(frame, 1990, "cowmidspell")).isEqualTo(3);
        assertThat(number(frame, 1947, "gmlmidspell")).isZero();
        assertThat(value(frame, 1947, "peaceyears_basis")).isEqualTo("gmlmidspell:left-censored-from-1947;"
                + "cowmidspell:left-censored-from-1947");
        assertThat(value(frame, 1990, "peaceyears_basis")).isEqualTo("observed");
        assertThat(value(frame, 2012, "gmlmidspell")).as("GML ends in 2010").isNull();
        assertThat(value(frame, 2012, "peaceyears_basis")).isEqualTo("gmlmidspell:not-covered");
        FrameRows late = frame("IND", "PAK", 2005, 2010, "peaceyears");
        assertThat(number(late, 2007, "gmlmidspell")).as("independent of the frame's first year").isEqualTo(
                number(frame, 2007, "gmlmidspell")).isEqualTo(1);
    }

    /**
     * igo-cow/SOURCE.md: India and Pakistan shared 17 IGOs in 1948, 46 in 1980, 63 in 2000 and 67 in 2014;
     * the US and China 4 in 1970 and 54 in 2014. The data end in 2014.
     */
    @Test
    void sharedIgosAreTheCountsOfTheSource() {
        FrameRows frame = frame("IND", "PAK", 1948, 2015, "igo");
        assertThat(number(frame, 1948, "dyadigos")).isEqualTo(17);
        assertThat(number(frame, 1980, "dyadigos")).isEqualTo(46);
        assertThat(number(frame, 2000, "dyadigos")).isEqualTo(63);
        assertThat(number(frame, 2014, "dyadigos")).isEqualTo(67);
        assertThat(value(frame, 2015, "dyadigos")).isNull();
        assertThat(value(frame, 2015, "igo_basis")).isEqualTo("not-covered");
        FrameRows usChina = frame("USA", "CHN", 1970, 2014, "igo");
        assertThat(number(usChina, 1970, "dyadigos")).isEqualTo(4);
        assertThat(number(usChina, 2014, "dyadigos")).isEqualTo(54);
    }

    /**
     * min-distance-cshapes/SOURCE.md: India-Pakistan 0 km in 1950 and 2019; India-Afghanistan 220 km in
     * 2019 (220.19 in the file); US-Russia 3,243 km in 1959 and 80 km in 1960 (3243.44 and 79.98). Capital
     * distance: New Delhi (28.6430858, 77.2192671) to Islamabad (33.6938118, 73.0651511), the file's
     * coordinates, is 687.35089209 km by Vincenty's formula on a sphere of radius 6,378.137 km (computed
     * independently in Python); to Karachi (24.8546842, 67.0207055), Pakistan's capital to 1959,
     * 1097.47212282 km.
     */
    @Test
    void distancesAreCShapesAndTheGreatCircleBetweenTheCapitals() {
        FrameRows frame = frame("IND", "PAK", 1950, 2020, "distance");
        assertThat(number(frame, 1950, "mindist")).isZero();
        assertThat(number(frame, 2019, "mindist")).isZero();
        assertThat(number(frame, 2000, "capdist")).isCloseTo(687.35089209, within(1e-6));
        assertThat(number(frame, 1950, "capdist")).isCloseTo(1097.47212282, within(1e-6));
        assertThat(value(frame, 2020, "distance_basis")).isEqualTo("mindist:not-covered");
        assertThat(number(frame("IND", "AFG", 2019, 2019, "distance"), 2019, "mindist")).isEqualTo(220.19);
        FrameRows usRussia = frame("USA", "RUS", 1959, 1960, "distance");
        assertThat(number(usRussia, 1959, "mindist")).isEqualTo(3243.44);
        assertThat(number(usRussia, 1960, "mindist")).isEqualTo(79.98);
    }

    /**
     * The curated corrections replace a state's capital spells: Brasília at -15.791389, -47.925278 (not the
     * file's -10.33, -53.20): Brazil-Argentina (Buenos Aires -34.6083696, -58.4440583) is 2343.68242114 km in
     * 1961, against 2754.39 with the file's coordinates and 1971.85621708 from Rio de Janeiro in 1959
     * (computed independently in Python with the formula above).
     */
    @Test
    void correctedCapitalsReplaceTheFilesSpells() {
        FrameRows frame = frame("BRA", "ARG", 1959, 1961, "distance");
        assertThat(number(frame, 1959, "capdist")).isCloseTo(1971.85621708, within(1e-6));
        assertThat(number(frame, 1961, "capdist")).isCloseTo(2343.68242114, within(1e-6));
    }

    /**
     * gdp/SOURCE.md: India (750) in 2000, GDP about 2.70 trillion 2011 PPP dollars and population about
     * 992 million; Pakistan GDP 0.46 trillion, population 137 million: levels are exp(v) - 1 of the stored
     * logs. The estimates end in 2015.
     */
    @Test
    void gdpStaysLoggedAsPeacesciencerAndItsLevelsAreTheSources() {
        FrameRows frame = frame("IND", "PAK", 2000, 2016, "gdp");
        assertThat(Math.expm1(number(frame, 2000, "wbgdp2011est1")) / 1e12).isCloseTo(2.70, within(0.01));
        assertThat(Math.expm1(number(frame, 2000, "wbpopest1")) / 1e6).isCloseTo(992, within(1.0));
        assertThat(Math.expm1(number(frame, 2000, "wbgdp2011est2")) / 1e12).isCloseTo(0.46, within(0.01));
        assertThat(Math.expm1(number(frame, 2000, "wbpopest2")) / 1e6).isCloseTo(137, within(1.0));
        assertThat(value(frame, 2016, "gdp_basis")).isEqualTo("not-covered");
        assertThat(frame.dictionary()).anySatisfy(c -> {
            assertThat(c.column()).isEqualTo("wbgdp2011est1");
            assertThat(c.unit()).startsWith("ln(2011 PPP US$ + 1)").contains("exp(v) - 1");
        });
    }

    /** Counterweight's names hold the same values as peacesciencer's. */
    @Test
    void counterweightsNamesHoldTheSameValues() {
        FrameRows frame = dyads.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2000), List.of("IND",
                "PAK"), false, List.of("democracy", "majors", "alliance", "gdp", "igo"), null, Carry.FORWARD,
                "counterweight"));
        FrameRows peacesciencer = frame("IND", "PAK", 2000, 2000, "democracy,majors,alliance,gdp,igo");
        assertThat(frame.columns()).contains("polity2_1", "major1", "atop_nonaggression", "ln_gdp1", "shared_igos")
                .doesNotContain("polity21", "cowmaj1", "atop_nonagg");
        assertThat(peacesciencer.columns()).contains("polity21", "cowmaj1", "atop_nonagg", "atop_consul",
                "wbgdp2011est1", "dyadigos");
        assertThat(frame.rows()).isEqualTo(peacesciencer.rows());
        assertThatThrownBy(() -> DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2000), List.of(), false,
                List.of(), null, Carry.FORWARD, "stata")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("peacesciencer, counterweight");
    }

    /**
     * State-years: igo-cow/SOURCE.md's India 83 full memberships in 2000 and 91 (92 of any kind) in 2014,
     * Pakistan 70 in 2000; Pakistan's nearest capital is Kabul (34.5266431, 69.1849082), 369.42798410 km from
     * Islamabad by the formula above (computed independently in Python).
     */
    @Test
    void stateYearFramesCarryTheMonadicCovariates() {
        FrameRows frame = states.frame(StatesRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2014), List.of("IND",
                "PAK"), List.of("igo", "democracy", "distance", "nmc"), null, null));
        assertThat(frame.columns()).startsWith("ccode", "statenme", "year");
        assertThat(frame.rows()).hasSize(30);
        List<Object> india2014 = frame.rows().stream().filter(r -> r.get(0).equals(750) && r.get(2).equals(2014))
                .findFirst().orElseThrow();
        assertThat(india2014.get(frame.columns().indexOf("sum_igo_full"))).isEqualTo(91);
        assertThat(india2014.get(frame.columns().indexOf("sum_igo_anytype"))).isEqualTo(92);
        assertThat(india2014.get(frame.columns().indexOf("statenme"))).isEqualTo("India");
        List<Object> pakistan2000 = frame.rows().stream().filter(r -> r.get(0).equals(770) && r.get(2).equals(2000))
                .findFirst().orElseThrow();
        assertThat(pakistan2000.get(frame.columns().indexOf("sum_igo_full"))).isEqualTo(70);
        List<Object> india2000 = frame.rows().stream().filter(r -> r.get(0).equals(750) && r.get(2).equals(2000))
                .findFirst().orElseThrow();
        assertThat(india2000.get(frame.columns().indexOf("sum_igo_full"))).isEqualTo(83);
        assertThat(pakistan2000.get(frame.columns().indexOf("polity2"))).isEqualTo(-6.0);
        assertThat(((Number) pakistan2000.get(frame.columns().indexOf("mincapdist"))).doubleValue())
                .isCloseTo(369.42798410, within(1e-6));
        assertThatThrownBy(() -> StatesRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2001), List.of(),
                List.of("alliance"), null, null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'alliance' describes a pair of states");
    }
}
