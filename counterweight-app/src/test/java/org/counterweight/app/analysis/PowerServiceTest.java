package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.power.EffectiveCapability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerServiceTest {
    /** COW NMC v7.0, CINC of India, Pakistan and China in 2019 (NMC-60-abridged rows 750, 770, 710). */
    private static final double IND_2019 = 0.097537212;
    private static final double PAK_2019 = 0.017662292;
    private static final double CHN_2019 = 0.22909357;

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
            PowerRequest.Partners partners, List<PowerRequest.Weight> weights) {
        return service.power(new PowerRequest(CaseId.SOUTH_ASIA, PowerRequest.blocs(actors), years, measure, partners,
                weights));
    }

    private static PowerResult.BlocPower bloc(PowerResult.YearPower year, String name) {
        return year.blocs().stream().filter(b -> b.bloc().equals(name)).findFirst().orElseThrow();
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
                PowerRequest.Partners.NONE, List.of(PowerRequest.Weight.parse("PAK:CHN=0.5")));
        PowerResult.YearPower year = result.year(2019);
        assertThat(bloc(year, "IND").own().capability()).isEqualTo(IND_2019);
        assertThat(bloc(year, "PAK").own().capability()).isEqualTo(PAK_2019);
        PowerResult.Ratio ratio = year.ratios().get(0);
        assertThat(ratio.a() + ":" + ratio.b()).isEqualTo("IND:PAK");
        assertThat(ratio.ratio()).isCloseTo(IND_2019 / PAK_2019, within(1e-9));
        assertThat(ratio.effectiveRatio()).isCloseTo(IND_2019 / (PAK_2019 + 0.5 * CHN_2019), within(1e-9));
        EffectiveCapability.Result pakistan = bloc(year, "PAK").members().get(0);
        assertThat(pakistan.contributions()).singleElement().satisfies(c -> assertThat(c.partner()).isEqualTo("CHN"));
        assertThat(PowerTables.distribution(result).notes().get(0)).contains("weights: none, overridden by"
                + " [PAK:CHN=0.5]");
    }

    /** A bloc's capability is the sum of its members', and the blocs' shares sum to 1. */
    @Test
    void blocsSumTheirMembers() {
        PowerResult result = power(List.of("USA+IND", "CHN+PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                PowerRequest.Partners.RELATIONS, List.of());
        PowerResult.YearPower year = result.year(2019);
        assertThat(bloc(year, "USA+IND").own().share() + bloc(year, "CHN+PAK").own().share()).isCloseTo(1,
                within(1e-12));
        assertThat(bloc(year, "CHN+PAK").own().capability()).isCloseTo(CHN_2019 + PAK_2019, within(1e-12));
        assertThat(bloc(year, "USA+IND").effectiveShare() + bloc(year, "CHN+PAK").effectiveShare()).isCloseTo(1,
                within(1e-12));
    }

    /**
     * The case's curated relations lend partners' capability: in 2000 India's partners are the US
     * (partnership, 0.8) and Russia (0.6), Pakistan's China (0.9); Russia's partnership with Pakistan
     * (0.45) starts in 2010.
     */
    @Test
    void curatedRelationsGivePartnersWeights() {
        PowerResult result = power(List.of("IND", "PAK"), YearRange.of(2000, 2010), PowerRequest.Measure.CINC,
                PowerRequest.Partners.RELATIONS, List.of());
        List<List<Object>> rows = PowerTables.distribution(result).rows();
        assertThat(rows.get(0).subList(0, 2)).containsExactly(2000, "IND");
        assertThat(rows.get(0).get(6)).isEqualTo("USA 0.8; RUS 0.6");
        assertThat(rows.get(1).get(6)).isEqualTo("CHN 0.9");
        assertThat(rows.get(rows.size() - 1).get(6)).isEqualTo("CHN 0.9; RUS 0.45");
        EffectiveCapability.Result india = bloc(result.year(2000), "IND").members().get(0);
        assertThat(india.effective()).isCloseTo(india.own() + india.contributions().stream()
                .mapToDouble(EffectiveCapability.Contribution::added).sum(), within(1e-12));
    }

    /** A state outside the case is looked up in the country-code crosswalk and compared like any other. */
    @Test
    void statesOutsideTheCaseCanBeCompared() {
        PowerResult result = power(List.of("FRA", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                PowerRequest.Partners.RELATIONS, List.of());
        assertThat(bloc(result.year(2019), "FRA").own().capability()).isPositive();
        assertThat(bloc(result.year(2019), "FRA").members().get(0).contributions()).isEmpty();
    }

    /**
     * SIPRI military expenditure of 2023 (release 2024, constant 2022 US$ m): the US-India bloc has
     * three quarters of the two blocs' spending; India's one partner then is Russia (Afghanistan, which
     * SIPRI has no figure for after 2021, stopped being one when the Taliban took Kabul in August 2021).
     * A partner with no figure is named, never counted as 0: in 1980 the Soviet Union, India's partner
     * under the 1971 treaty, has none in the bundled extract.
     */
    @Test
    void militaryExpenditureNamesPartnersWithoutAFigure() {
        PowerResult result = power(List.of("USA+IND", "CHN+PAK"), YearRange.open(), PowerRequest.Measure.MILEX,
                PowerRequest.Partners.RELATIONS, List.of());
        assertThat(result.years()).extracting(PowerResult.YearPower::year).containsExactly(2023);
        PowerResult.BlocPower west = bloc(result.year(2023), "USA+IND");
        assertThat(west.own().share()).isCloseTo(0.751536153, within(1e-9));
        assertThat(west.members()).allSatisfy(m -> assertThat(m.missingPartners()).isEmpty());
        assertThat(PowerTables.distribution(result).rows().get(0).get(6)).isEqualTo("RUS 0.6");
        PowerResult coldWar = power(List.of("USA+IND", "CHN+PAK"), YearRange.year(1980), PowerRequest.Measure.MILEX,
                PowerRequest.Partners.RELATIONS, List.of());
        assertThat(bloc(coldWar.year(1980), "USA+IND").members()).anySatisfy(m -> assertThat(m.missingPartners())
                .containsExactly("SUN"));
        assertThat(PowerTables.distribution(coldWar).rows().get(0).get(6)).isEqualTo("PAK 0.7; SUN (no figure)");
    }

    @Test
    void yearsOutsideTheDatasetAndBadWeightsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.of(2020, 2024), PowerRequest.Measure.CINC,
                PowerRequest.Partners.RELATIONS, List.of())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("outside COW NMC v7.0 CINC").extracting(PowerServiceTest::parameter)
                .isEqualTo("to");
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.of(1800, 1820), PowerRequest.Measure.CINC,
                PowerRequest.Partners.RELATIONS, List.of())).extracting(PowerServiceTest::parameter).isEqualTo("from");
        assertThatThrownBy(() -> PowerRequest.Weight.parse("PAK-CHN")).extracting(PowerServiceTest::parameter)
                .isEqualTo("weight");
        assertThatThrownBy(() -> PowerRequest.Weight.parse("PAK:CHN=2")).hasMessageContaining("[0, 1]")
                .extracting(PowerServiceTest::parameter).isEqualTo("weight");
        assertThatThrownBy(() -> power(List.of("IND", "PAK"), YearRange.year(2019), PowerRequest.Measure.CINC,
                PowerRequest.Partners.NONE, List.of(PowerRequest.Weight.parse("PAK:Pakistan=0.5"))))
                .extracting(PowerServiceTest::parameter).isEqualTo("weight");
        assertThatThrownBy(() -> power(List.of("IND", "Atlantis"), YearRange.year(2019), PowerRequest.Measure.CINC,
                PowerRequest.Partners.NONE, List.of())).extracting(PowerServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> PowerRequest.Measure.parse("gdp")).extracting(PowerServiceTest::parameter)
                .isEqualTo("measure");
    }
}
