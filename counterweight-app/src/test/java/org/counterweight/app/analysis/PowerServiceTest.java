package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.analysis.PowerRequest.Partners;
import org.counterweight.core.model.Basis;
import org.counterweight.core.network.SignRules;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerServiceTest {
    /** COW NMC v7.0 CINC (NMC-7.0-abridged.csv, column cinc) of India, Pakistan, China and the US in 2019 and 2010. */
    private static final double IND_2019 = 0.097537212;
    private static final double PAK_2019 = 0.017662292;
    private static final double CHN_2019 = 0.22909357;
    private static final double IND_2010 = 0.079560593;
    private static final double PAK_2010 = 0.014026714;
    private static final double USA_2010 = 0.14786746;
    private static final double FRA_2010 = 0.01594712;
    private static final double GBR_2010 = 0.015586298;

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static PowerService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new PowerService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static PowerResult power(List<String> actors, YearRange years, PowerRequest.Measure measure,
            Partners partners, List<PowerRequest.Weight> weights) {
        return power(actors, years, measure, partners, weights, Carry.FORWARD);
    }

    private static PowerResult power(List<String> actors, YearRange years, PowerRequest.Measure measure,
            Partners partners, List<PowerRequest.Weight> weights, Carry carry) {
        return service.power(new PowerRequest(CaseId.SOUTH_ASIA, PowerRequest.blocs(actors), years, measure, partners,
                weights, carry));
    }

    private static PowerResult.BlocPower bloc(PowerResult.YearPower year, String name) {
        return year.blocs().stream().filter(b -> b.bloc().equals(name)).findFirst().orElseThrow();
    }

    private static PowerResult.PartnerWeight weight(PowerResult.BlocPower bloc, String partner) {
        return bloc.support().weights().stream().filter(w -> w.partner().equals(partner)).findFirst().orElseThrow();
    }

    private static String parameter(Throwable e) {
        return ((InvalidRequestException) e).parameter();
    }

    /**
     * Own capability only, with China lending Pakistan half its CINC by hand: the ratio is the ratio of
     * the published CINCs, the effective ratio IND / (PAK + 0.5 CHN).
     */
    @Test
    void powerRatiosAndEffectiveCapability() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.NONE, List.of(PowerRequest.Weight.parse("PAK:CHN=0.5")));
        PowerResult.YearPower year = result.year(2019);
        assertThat(bloc(year, "IND").own().capability()).isEqualTo(IND_2019);
        assertThat(bloc(year, "PAK").own().capability()).isEqualTo(PAK_2019);
        PowerResult.Ratio ratio = year.ratios().get(0);
        assertThat(ratio.a() + ":" + ratio.b()).isEqualTo("IND:PAK");
        assertThat(ratio.ratio()).isCloseTo(IND_2019 / PAK_2019, within(1e-9));
        assertThat(ratio.effectiveRatio()).isCloseTo(IND_2019 / (PAK_2019 + 0.5 * CHN_2019), within(1e-9));
        assertThat(bloc(year, "PAK").support().result().contributions()).singleElement()
                .satisfies(c -> assertThat(c.partner()).isEqualTo("CHN"));
        assertThat(weight(bloc(year, "PAK"), "CHN").weight().basis().kind()).isEqualTo(Basis.Kind.CURATED);
        assertThat(PowerTables.distribution(result).notes().get(0)).contains("Weights (none): none (own capability"
                + " only); overridden by [PAK:CHN=0.5]");
    }

    /**
     * Bloc members are joined by + or by spaces: a URL query decodes a literal + to a space, so the API's
     * actors=USA+IND,CHN+PAK arrives as "USA IND" and "CHN PAK".
     */
    @Test
    void blocMembersAreJoinedByPlusAndANameKeepsItsWords() {
        assertThat(PowerRequest.blocs(List.of("United States+IND", "CHN+PAK", " RUS+ IRN ", "JPN")))
                .containsExactly(List.of("United States", "IND"), List.of("CHN", "PAK"), List.of("RUS", "IRN"),
                        List.of("JPN"));
        assertThatThrownBy(() -> PowerRequest.blocs(List.of("USA+ +IND"))).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("actors"));
    }

    /** A bloc's capability is the sum of its members', and the blocs' shares sum to 1. */
    @Test
    void blocsSumTheirMembers() {
        PowerResult result = power(List.of("USA+IND", "CHN+PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of());
        PowerResult.YearPower year = result.year(2019);
        assertThat(bloc(year, "USA+IND").own().share() + bloc(year, "CHN+PAK").own().share()).isCloseTo(1,
                within(1e-12));
        assertThat(bloc(year, "CHN+PAK").own().capability()).isCloseTo(CHN_2019 + PAK_2019, within(1e-12));
        assertThat(bloc(year, "USA+IND").effectiveShare() + bloc(year, "CHN+PAK").effectiveShare()).isCloseTo(1,
                within(1e-12));
    }

    /**
     * Obligation-based weights in 2010: ATOP 5.1 codes a US defence obligation toward Pakistan (the
     * 1959 agreement) and none toward India, so Pakistan is credited with the rate times the US CINC:
     * IND / (PAK + r x USA) with r = 0.745 (Leeds, Long &amp; Mitchell 2000) = 0.079560593 / 0.124187972
     * = 0.6406465; r = 0.41 (Berkemeier &amp; Fuhrmann's defence rate) and 0.22 (their rate after 1945)
     * likewise. China's and Russia's partnerships with Pakistan have no such treaty and lend nothing,
     * named; the range runs from the lowest of these to the similarity or own ratio.
     */
    @Test
    void obligationsLendTheRateAtWhichTreatiesWereHonoured() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.year(2010), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of());
        PowerResult.YearPower year = result.year(2010);
        PowerResult.Ratio ratio = year.ratios().get(0);
        assertThat(ratio.effectiveRatio()).isCloseTo(IND_2010 / (PAK_2010 + 0.745 * USA_2010), within(1e-9));
        assertThat(ratio.under(Partners.OBLIGATIONS_BY_TYPE)).isCloseTo(IND_2010 / (PAK_2010 + 0.41 * USA_2010),
                within(1e-9));
        assertThat(ratio.under(Partners.OBLIGATIONS_POST_1945)).isCloseTo(IND_2010 / (PAK_2010 + 0.22 * USA_2010),
                within(1e-9));
        assertThat(ratio.under(Partners.NONE)).isEqualTo(ratio.ratio());
        assertThat(ratio.low()).isEqualTo(ratio.effectiveRatio());
        assertThat(ratio.high()).isEqualTo(ratio.methods().stream().map(PowerResult.MethodRatio::ratio)
                .max(Double::compare).orElseThrow());
        PowerResult.PartnerWeight usa = weight(bloc(year, "PAK"), "USA");
        assertThat(usa.weight().value()).isEqualTo(0.745);
        assertThat(usa.weight().basis()).isEqualTo(Basis.observed("ATOP 5.1"));
        assertThat(usa.reason()).isEqualTo("ATOP 5.1 defence obligation of USA toward PAK");
        assertThat(weight(bloc(year, "PAK"), "CHN").weight().value()).isZero();
        assertThat(weight(bloc(year, "PAK"), "CHN").reason()).contains("relation chn-pak-partnership")
                .contains("without an ATOP 5.1 defence or offence obligation");
        assertThat(weight(bloc(year, "IND"), "USA").weight().value()).isZero();
        assertThat(year.atop()).isEqualTo(Basis.observed("ATOP 5.1"));
        Report.Table asymmetry = PowerTables.asymmetry(result);
        assertThat(asymmetry.columns()).contains("ratio_low", "ratio_high", "partners_method");
        assertThat(asymmetry.notes()).anySatisfy(n -> assertThat(n).contains("Assumption (obligations), PAK"
                + " 2010: PAK is credited with 0.745 of USA's CINC because of the ATOP 5.1 defence obligation of USA"
                + " toward PAK, honoured in war at 0.745 for defence and offence (Leeds, Long & Mitchell (2000), wars"
                + " of 1816-1944)"));
    }

    /**
     * Past ATOP's last year (2018) its obligations are carried, marked: in 2019 the US defence
     * obligation toward Pakistan is carried from 2018 and overruled by the case's curated strain
     * (relation usa-pak-strain, from January 2018), so Pakistan is credited with nothing and the
     * obligation-based ratio is the own ratio.
     */
    @Test
    void carriedObligationsAreMarkedAndCuratedHostilityOverrulesThem() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of());
        PowerResult.YearPower year = result.year(2019);
        assertThat(year.atop().kind()).isEqualTo(Basis.Kind.CARRIED_FORWARD);
        assertThat(year.atop().fromYear()).isEqualTo(2018);
        PowerResult.PartnerWeight usa = weight(bloc(year, "PAK"), "USA");
        assertThat(usa.weight().value()).isZero();
        assertThat(usa.weight().basis().kind()).isEqualTo(Basis.Kind.CURATED);
        assertThat(usa.reason()).contains("defence obligation of USA toward PAK (carried from 2018)")
                .contains("relation usa-pak-strain");
        assertThat(weight(bloc(year, "IND"), "USA").weight().basis().fromYear()).isEqualTo(2018);
        assertThat(year.ratios().get(0).effectiveRatio()).isCloseTo(IND_2019 / PAK_2019, within(1e-9));
        Report.Table methods = PowerTables.methods(result);
        assertThat(methods.rows().get(0).get(methods.columns().indexOf("atop_basis")))
                .isEqualTo("carried-forward-from-2018");
    }

    /**
     * Bueno de Mesquita's third-party weight in 2019 from ATOP's 2018 portfolios, carried: of the 195
     * COW members (n), the US portfolio is at distance 218 from India's and 222 from Pakistan's on the
     * 0-3 scale (S = 1 - 2d / 3n: 0.2547008547 and 0.2410256410, as `similarity --a USA --b IND` and
     * `--b PAK` print them for 2018), so the US lends India (S_IND - S_PAK) / 2 = 4 / 585 and Pakistan nothing.
     */
    @Test
    void similarityLendsHalfTheDifferenceInPortfolioSimilarity() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.SIMILARITY, List.of());
        PowerResult.YearPower year = result.year(2019);
        PowerResult.PartnerWeight usa = weight(bloc(year, "IND"), "USA");
        assertThat(usa.weight().value()).isCloseTo(4.0 / 585, within(1e-12));
        assertThat(usa.weight().basis()).isEqualTo(Basis.carriedForward("ATOP 5.1 alliance portfolios", 2018,
                SignRules.CARRY_RULE));
        assertThat(usa.reason()).isEqualTo("S(USA,IND) = 0.2547 against S(USA,PAK) = 0.241, ATOP 5.1 portfolios"
                + " (carried from 2018)");
        assertThat(bloc(year, "PAK").support().weights()).noneMatch(w -> w.partner().equals("USA"));
        PowerResult.BlocPower india = bloc(year, "IND");
        assertThat(india.effective()).isCloseTo(india.own().capability() + india.support().result().contributions()
                .stream().mapToDouble(c -> c.weight() * c.capability()).sum(), within(1e-15));
    }

    /**
     * Without carrying, ATOP says nothing after 2018: the treaty and similarity weightings are not
     * covered (no figure, never 0), the range is the own ratio alone, and the year says why.
     */
    @Test
    void withoutCarryingTheWeightsAfterAtopAreNotCovered() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of(), Carry.NONE);
        PowerResult.YearPower year = result.year(2019);
        PowerResult.Ratio ratio = year.ratios().get(0);
        assertThat(ratio.effectiveRatio()).isNull();
        assertThat(ratio.under(Partners.SIMILARITY)).isNull();
        assertThat(ratio.under(Partners.OBLIGATIONS_BY_TYPE)).isNull();
        assertThat(ratio.low()).isEqualTo(ratio.ratio());
        assertThat(ratio.high()).isEqualTo(ratio.ratio());
        assertThat(year.atop().kind()).isEqualTo(Basis.Kind.NOT_COVERED);
        assertThat(bloc(year, "PAK").effective()).isNull();
        assertThat(bloc(year, "PAK").support().notCovered()).contains("ATOP 5.1 ends in 2018 and carrying it forward"
                + " is off");
        assertThat(PowerTables.asymmetry(result).notes()).anySatisfy(n -> assertThat(n).contains("PAK 2019: no figure"
                + " with partners: weights not covered"));
    }

    /**
     * A state outside the case is looked up in the country-code crosswalk, and its treaty partners
     * among the case's states are read: in 2010 the US and Britain hold NATO defence obligations toward
     * France, so France's effective CINC is 0.01594712 + 0.745 x (0.14786746 + 0.015586298) = 0.13772017.
     */
    @Test
    void statesOutsideTheCaseHaveTheirTreatyPartners() {
        PowerResult result = power(List.of("FRA", "PAK"), YearRange.year(2010), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of());
        PowerResult.BlocPower france = bloc(result.year(2010), "FRA");
        assertThat(france.own().capability()).isEqualTo(FRA_2010);
        assertThat(france.effective()).isCloseTo(FRA_2010 + 0.745 * (USA_2010 + GBR_2010), within(1e-12));
        assertThat(france.support().result().contributions()).extracting(c -> c.partner())
                .containsExactly("USA", "GBR");
    }

    /**
     * SIPRI military expenditure of 2023 (release 2024, constant 2022 US$ m): the US-India bloc has
     * three quarters of the two blocs' spending; partners with a weight but no 2023 figure in the
     * bundled extract (Afghanistan, weighted by hand; Australia, an ANZUS ally of the US carried from
     * ATOP's 2018) are named, never counted as 0.
     */
    @Test
    void militaryExpenditureNamesPartnersWithoutAFigure() {
        PowerResult result = power(List.of("USA+IND", "CHN+PAK"), YearRange.open(), PowerRequest.Measure.MILEX,
                Partners.OBLIGATIONS, List.of(PowerRequest.Weight.parse("IND:AFG=0.5")));
        assertThat(result.years()).extracting(PowerResult.YearPower::year).containsExactly(2023);
        PowerResult.BlocPower west = bloc(result.year(2023), "USA+IND");
        assertThat(west.own().share()).isCloseTo(0.751536153, within(1e-9));
        assertThat(west.support().result().missingPartners()).containsExactly("AFG", "AUS");
        assertThat(PowerTables.distribution(result).rows().get(0).get(6)).isEqualTo(
                "GBR 0.745 (carried from 2018); AFG (no figure); AUS (no figure)");
        // the assumption credits the bloc with GBR's expenditure only: AFG and AUS, without a figure, lend nothing
        String assumption = PowerTables.assumptions(result).get(0);
        assertThat(assumption).contains("USA+IND is credited with 0.745 of GBR's military expenditure")
                .doesNotContain("credited with 0.745 of AUS's").doesNotContain("credited with 0.5 of AFG's");
        assertThat(assumption).contains("AUS lends nothing: it has no military expenditure figure, so the 0.745 it"
                + " would lend because of the ATOP 5.1 defence obligation of AUS toward USA (carried from 2018) credits"
                + " USA+IND with none");
        assertThat(assumption).contains("AFG lends nothing: it has no military expenditure figure, so the 0.5 it"
                + " would lend");
    }

    /**
     * After NMC v7.0's last year (2022) the 2022 CINC is carried, marked, up to SIPRI's last year (2023):
     * India : Pakistan 0.099396847 / 0.01768378 = 5.6208 in both years; without carrying, 2023 is refused.
     */
    @Test
    void capabilitiesAreCarriedPastNmcsLastYearMarkedOrRefusedWithoutCarrying() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.of(2022, 2023), PowerRequest.Measure.CINC,
                Partners.NONE, List.of());
        assertThat(result.year(2022).capability().label()).isEqualTo("observed");
        assertThat(result.year(2023).capability().label()).isEqualTo("carried-forward-from-2022");
        assertThat(result.year(2023).ratios().get(0).ratio()).isCloseTo(0.099396847 / 0.01768378, within(1e-6))
                .isEqualTo(result.year(2022).ratios().get(0).ratio());
        Report.Table asymmetry = PowerTables.asymmetry(result);
        assertThat(asymmetry.rows().get(1).get(asymmetry.columns().indexOf("capability_basis")))
                .isEqualTo("carried-forward-from-2022");
        assertThat(asymmetry.notes()).anySatisfy(n -> assertThat(n).startsWith("COW NMC v7.0 CINC ends in 2022"));
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.of(2022, 2023), PowerRequest.Measure.CINC,
                Partners.NONE, List.of(), Carry.NONE)).extracting(PowerServiceTest::parameter).isEqualTo("to");
    }

    @Test
    void yearsOutsideTheDatasetAndBadWeightsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.of(2020, 2024), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("outside COW NMC v7.0 CINC").extracting(PowerServiceTest::parameter)
                .isEqualTo("to");
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.of(1800, 1820), PowerRequest.Measure.CINC,
                Partners.OBLIGATIONS, List.of())).extracting(PowerServiceTest::parameter).isEqualTo("from");
        assertThatThrownBy(() -> PowerRequest.Weight.parse("PAK-CHN")).extracting(PowerServiceTest::parameter)
                .isEqualTo("weight");
        assertThatThrownBy(() -> PowerRequest.Weight.parse("PAK:CHN=2")).hasMessageContaining("[0, 1]")
                .extracting(PowerServiceTest::parameter).isEqualTo("weight");
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.NONE, List.of(PowerRequest.Weight.parse("PAK:IND=0.5")))).hasMessageContaining(
                        "IND is compared itself").extracting(PowerServiceTest::parameter).isEqualTo("weight");
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.NONE, List.of(PowerRequest.Weight.parse("CHN:USA=0.5")))).hasMessageContaining(
                        "CHN is not among the actors compared").extracting(PowerServiceTest::parameter)
                .isEqualTo("weight");
        assertThatThrownBy(() -> power(List.of("IND", "Atlantis"), YearRange.year(2019), PowerRequest.Measure.CINC,
                Partners.NONE, List.of())).extracting(PowerServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> PowerRequest.Measure.parse("gdp")).extracting(PowerServiceTest::parameter)
                .isEqualTo("measure");
        assertThat(Partners.parse("obligations-post-1945")).isEqualTo(Partners.OBLIGATIONS_POST_1945);
        assertThatThrownBy(() -> Partners.parse("relations")).hasMessageContaining("partners must be obligations or"
                + " obligations-by-type or obligations-post-1945 or similarity or none");
    }
}
