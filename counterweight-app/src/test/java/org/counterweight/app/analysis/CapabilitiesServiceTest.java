package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapabilitiesServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static CapabilitiesService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new CapabilitiesService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static CapabilitiesResult capabilities(String actor, YearRange years) {
        return service.capabilities(new CapabilitiesRequest(CaseId.SOUTH_ASIA, actor, years, null));
    }

    /**
     * Pakistan 1971-2024 keeps zero, missing and not covered apart: NMC v7.0 has the 1971 row with a
     * blank primary energy consumption (empty, not 0); NMC ends in 2022 and SIPRI's 2024 release in
     * 2023; the published 2022 CINC is 0.01768378.
     */
    @Test
    void capabilitiesOfPakistanKeepZeroMissingAndNotCoveredApart() {
        CapabilitiesResult result = capabilities("Pakistan", YearRange.of(1971, 2024));
        assertThat(result.actor().id()).isEqualTo("PAK");
        assertThat(result.cowCode()).isEqualTo(770);
        assertThat(result.years()).hasSize(2024 - 1971 + 1);
        CapabilitiesResult.Year y1971 = result.year(1971);
        assertThat(y1971.nmcStatus()).isEqualTo(CapabilitiesResult.NmcStatus.VALUE);
        assertThat(y1971.capabilities().orElseThrow().pec()).as("Pakistan's 1971 pec is blank in NMC").isEmpty();
        assertThat(result.year(2022).capabilities().orElseThrow().publishedCinc().getAsDouble()).isEqualTo(0.01768378);
        assertThat(result.year(2023).nmcStatus()).isEqualTo(CapabilitiesResult.NmcStatus.NOT_COVERED);
        assertThat(result.year(2023).milexStatus()).isEqualTo(MilexStatus.VALUE);
        assertThat(result.year(2024).milexStatus()).isEqualTo(MilexStatus.NOT_COVERED);
        assertThat(result.year(2024).shareStatus()).isEqualTo(MilexStatus.NOT_COVERED);
        var table = CapabilitiesTables.of(result).get(0);
        assertThat(table.title()).isEqualTo("Pakistan (PAK, COW 770)");
        assertThat(table.rows().get(2023 - 1971).subList(0, 2)).containsExactly(2023, "not-covered");
        assertThat(table.rows().get(0).get(5)).as("blank pec is an empty cell").isNull();
    }

    /**
     * The CINC recomputed from every state's components (Singer, Bremer &amp; Stuckey 1972) matches
     * the published one where no component is missing (Pakistan 2019, published 0.017662292).
     */
    @Test
    void theRecomputedCincMatchesThePublishedOne() {
        CapabilitiesResult.Year y2019 = capabilities("PAK", YearRange.year(2019)).year(2019);
        assertThat(y2019.recomputedCinc().getAsDouble()).isCloseTo(0.017662292, within(1e-8));
        assertThat(y2019.expenditure().orElseThrow().country()).isEqualTo("Pakistan");
    }

    /** Without a start, the rows start at the first year with data: Pakistan joins the system in 1947. */
    /**
     * NMC 7.0's urban population of Pakistan: 46,967 thousand in 2016, 101,811 in 2017 (NMC-7.0-abridged.csv,
     * stateabb PAK, upop): a break to check, said under the table; no other component of 2010-2022 doubles or
     * halves.
     */
    @Test
    void aComponentThatDoublesInAYearIsFlaggedToCheck() {
        CapabilitiesResult result = capabilities("PAK", YearRange.of(2010, 2022));
        assertThat(result.breaks()).singleElement().satisfies(b -> {
            assertThat(b.component()).isEqualTo("upop");
            assertThat(b.year()).isEqualTo(2017);
            assertThat(b.before()).isEqualTo(46_967);
            assertThat(b.after()).isEqualTo(101_811);
        });
        assertThat(CapabilitiesTables.of(result).get(0).notes()).anySatisfy(n -> assertThat(n)
                .startsWith("To check: a component that doubles or halves in one year, as NMC v7.0 records it")
                .endsWith("upop_k 2016-2017 46,967 -> 101,811 (x2.17)."));
    }

    @Test
    void anOpenStartIsTheFirstYearWithData() {
        CapabilitiesResult result = capabilities("PAK", YearRange.of(null, 1950));
        assertThat(result.years().get(0).year()).isEqualTo(1947);
        assertThat(result.years().get(0).milexStatus()).isEqualTo(MilexStatus.NOT_COVERED);
    }

    @Test
    void unknownStatesAndVersionsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> capabilities("Atlantis", YearRange.open())).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("actor");
        assertThatThrownBy(() -> service.capabilities(new CapabilitiesRequest(CaseId.SOUTH_ASIA, "PAK",
                YearRange.open(), "1.0"))).hasMessageContaining("no NMC version 1.0")
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("nmc-version");
    }
}
