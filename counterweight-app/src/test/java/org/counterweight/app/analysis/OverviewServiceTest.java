package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.RelationType;
import org.counterweight.core.model.Sign;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static OverviewService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new OverviewService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    /**
     * The south-asia case in 2019: its ten states (the case file's), Pakistan's published CINC
     * (COW NMC v7.0: 0.017662292), India's SIPRI figure, the India-Pakistan rivalry, and Pakistan's
     * largest supplier over 2015-19 (China, 71.77% in the bundled SIPRI 2022 release).
     */
    @Test
    void overviewOf2019ListsTheCaseStatesWithTheirSources() {
        OverviewResult result = service.overview(new OverviewRequest(CaseId.SOUTH_ASIA, 2019));
        assertThat(result.states()).extracting(s -> s.state().id()).containsExactly("AFG", "AUS", "CHN", "GBR", "IND",
                "JPN", "PAK", "RUS", "UKR", "USA");
        OverviewResult.StatePower pakistan = result.state("PAK");
        assertThat(pakistan.cinc().value()).isEqualTo(0.017662292);
        assertThat(pakistan.cinc().basis().kind()).isEqualTo(Basis.Kind.OBSERVED);
        assertThat(pakistan.cincYear()).isEqualTo(2019);
        assertThat(result.state("IND").milexStatus()).isEqualTo(MilexStatus.VALUE);
        assertThat(result.state("AUS").milexStatus()).isEqualTo(MilexStatus.NOT_IN_EXTRACT);
        assertThat(result.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.RIVALRY);
            assertThat(r.sign()).isEqualTo(Sign.NEGATIVE);
        });
        assertThat(result.relations().get(0).sign()).as("positive relations first").isEqualTo(Sign.POSITIVE);
        assertThat(result.relations().get(0).strength()).as("strongest first").isEqualTo(0.9);
        OverviewResult.ArmsSuppliers arms = result.arms().orElseThrow();
        PartnerShares pakistanImports = arms.imports().stream().filter(i -> i.state().id().equals("PAK")).findFirst()
                .orElseThrow().shares();
        assertThat(pakistanImports.fromYear() + "-" + pakistanImports.toYear()).isEqualTo("2015-2019");
        assertThat(pakistanImports.partners().get(0).partner()).isEqualTo("China");
        assertThat(arms.uncovered()).contains("USA").doesNotContain("PAK");
        var tables = OverviewTables.of(result);
        assertThat(tables).hasSize(4);
        assertThat(tables.get(3).rows()).anySatisfy(r -> assertThat(r).containsExactly("PAK", "2015-2019", "China",
                2903.0, 71.77, "SIPRI Arms Transfers Database, 2022 release"));
        assertThat(tables.get(3).notes()).anySatisfy(n -> assertThat(n).contains("imports unknown, not zero"));
        assertThat(tables.get(2).notes().get(0)).doesNotContain("counterweight");
    }

    /**
     * India applied to the Nuclear Suppliers Group in 2016 and has not been admitted: in 2019 its
     * application is signed, not in force; Pakistan's SCO accession (admitted 9 June 2017) is in force.
     */
    @Test
    void aMembershipApplicationNotAdmittedIsNotInForce() {
        var agreements = OverviewTables.agreements(service.overview(new OverviewRequest(CaseId.SOUTH_ASIA, 2019)));
        int stage = agreements.columns().indexOf("stage");
        int name = agreements.columns().indexOf("agreement");
        assertThat(agreements.rows()).filteredOn(r -> r.get(name).equals(
                "India's application for membership of the Nuclear Suppliers Group")).singleElement()
                .satisfies(r -> assertThat(r.get(stage)).isEqualTo("signed"));
        assertThat(agreements.rows()).filteredOn(r -> r.get(name).equals(
                "Pakistan's accession to the Shanghai Cooperation Organisation")).singleElement()
                .satisfies(r -> assertThat(r.get(stage)).isEqualTo("in-force"));
        assertThat(agreements.notes().get(0)).contains("a membership accession: applied or signed, not yet admitted");
    }

    /**
     * Without a year, the overview is of SIPRI's last year (2023, release 2024), after NMC's last
     * (2022): every CINC is NMC's 2022 figure, carried forward and said so (cinc_year 2022).
     */
    @Test
    void aYearAfterNmcsLastCarriesItsCincForwardAndSaysSo() {
        OverviewResult result = service.overview(new OverviewRequest(CaseId.SOUTH_ASIA, null));
        assertThat(result.year()).isEqualTo(2023);
        OverviewResult.StatePower pakistan = result.state("PAK");
        assertThat(pakistan.cinc().value()).isEqualTo(0.01768378);
        assertThat(pakistan.cinc().basis().kind()).isEqualTo(Basis.Kind.CARRIED_FORWARD);
        assertThat(pakistan.cincYear()).isEqualTo(2022);
        assertThat(OverviewTables.states(result).rows().get(0).get(3)).isEqualTo(2022);
    }

    /** COW code 365 is the Soviet Union to 1991 and Russia from 1992: one of them, never both. */
    @Test
    void theSovietUnionAndRussiaAreNeverListedTogether() {
        assertThat(service.overview(new OverviewRequest(CaseId.SOUTH_ASIA, 1990)).states())
                .extracting(s -> s.state().id())
                .contains("SUN").doesNotContain("RUS");
        assertThat(service.overview(new OverviewRequest(CaseId.SOUTH_ASIA, 1992)).states())
                .extracting(s -> s.state().id())
                .contains("RUS").doesNotContain("SUN");
    }

    @Test
    void yearsBeforeTheStateSystemAndUnknownCasesAreRefused() {
        assertThatThrownBy(() -> new OverviewRequest(CaseId.SOUTH_ASIA, 1815)).isInstanceOf(
                InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).parameter())
                .isEqualTo("year");
        assertThatThrownBy(() -> service.overview(new OverviewRequest(new CaseId("nowhere"), 2019)))
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("case");
    }
}
