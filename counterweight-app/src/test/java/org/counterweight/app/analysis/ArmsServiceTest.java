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
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArmsServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static ArmsService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new ArmsService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static ArmsResult shares(ArmsFocus focus, YearRange years) {
        return service.shares(new ArmsRequest(CaseId.SOUTH_ASIA, focus, years));
    }

    private static PartnerShare partner(ArmsResult result, String name) {
        return result.shares().partners().stream().filter(p -> p.partner().equals(name)).findFirst().orElseThrow();
    }

    private static String parameter(Throwable e) {
        return ((InvalidRequestException) e).parameter();
    }

    /**
     * SIPRI's March 2020 fact sheet ("Trends in International Arms Transfers, 2019") printed China 73%,
     * Russia 6.6% and Italy 6.1% of Pakistan's imports in 2015-19 from that year's release; the bundled
     * 2022 release gives 71.77%, 6.70% and 5.91% (sums over the extract: 2903, 271, 239 of 4045).
     */
    @Test
    void armsImportsOfPakistanIn2015To2019ComeFirstFromChina() {
        ArmsResult result = shares(ArmsFocus.recipient("PAK", null), YearRange.of(2015, 2019));
        assertThat(result.shares().partners().get(0).partner()).isEqualTo("China");
        assertThat(result.sharePct(partner(result, "China").tiv())).isEqualTo(71.77);
        assertThat(result.sharePct(partner(result, "Russia").tiv())).isEqualTo(6.7);
        assertThat(result.sharePct(partner(result, "Italy").tiv())).isEqualTo(5.91);
        assertThat(result.total()).isEqualTo(4045);
        assertThat(result.others()).isZero();
        assertThat(result.record().releases()).containsExactly("2022");
        Report.Table table = ArmsTables.of(result).get(0);
        assertThat(table.columns()).last().isEqualTo("release");
        assertThat(table.rows()).as("partners only: no sum among the rows").allSatisfy(r -> assertThat(r.get(1))
                .isNotNull());
        Report.Table sums = ArmsTables.of(result).get(1);
        assertThat(sums.id()).isEqualTo("arms-totals");
        assertThat(sums.rows()).containsExactly(List.of("total", 4045.0, 100.0,
                "SIPRI Arms Transfers Database, 2022 release"));
        assertThat(table.notes().get(0)).startsWith("Information from the SIPRI Arms Transfers Database, 2022 release:"
                + " Pakistan's imports, 2015-2019.");
    }

    /** The window's start defaults to five years ending at its end (SIPRI's convention). */
    @Test
    void anOpenStartIsFiveYearsBeforeTheEnd() {
        ArmsResult result = shares(ArmsFocus.recipient("Pakistan", null), YearRange.of(null, 2019));
        assertThat(result.shares().fromYear()).isEqualTo(2015);
        assertThat(result.total()).isEqualTo(4045);
    }

    /**
     * Russia's exports 2017-2021: India 7068 and China 5337 of SIPRI's own export total 25292 (the
     * release's total for Russia, which holds recipients outside the extract): 27.95% and 21.1%.
     */
    @Test
    void exportsAreSharesOfSipriExportTotal() {
        ArmsResult result = shares(ArmsFocus.supplier("RUS", null), YearRange.of(2017, 2021));
        assertThat(result.total()).isEqualTo(25292);
        assertThat(result.sharePct(partner(result, "India").tiv())).isEqualTo(27.95);
        assertThat(result.sharePct(partner(result, "China").tiv())).isEqualTo(21.1);
        assertThat(result.others()).isEqualTo(25292 - result.shares().totalTiv());
        List<List<Object>> sums = ArmsTables.of(result).get(1).rows();
        assertThat(sums.get(0).get(0)).isEqualTo("all other recipients");
        assertThat(sums.get(1).get(0)).isEqualTo("total");
        assertThat(ArmsTables.of(result).get(0).notes()).anySatisfy(n -> assertThat(n).contains("COW code 365"));
    }

    /**
     * Pakistan's imports, SIPRI windows 2010-14 and 2015-19 from the bundled 2022 release: China
     * leads both (sums over the extract: 49.9% and 71.8%). HHI computed independently (Python, from the
     * extract's 2015-19 supplier sums 2903, 271, 239, 172, 136, 112, 56, 46, 40, 22, 20, 16, 7, 5 of
     * 4045): sum of squared shares = 0.527237.
     */
    @Test
    void dependenceOfPakistanOverSipriWindows() {
        DependenceResult result = service.dependence(new DependenceRequest(CaseId.SOUTH_ASIA,
                ArmsFocus.recipient("PAK", null), YearRange.of(2010, 2019), DependenceRequest.DEFAULT_WINDOW, null,
                DependenceRequest.DEFAULT_TOP));
        List<ArmsDependence.Window> windows = result.dependence().windows();
        assertThat(windows).extracting(DependenceTables::label).containsExactly("2010-2014", "2015-2019");
        assertThat(windows.get(0).largest().partner()).isEqualTo("China");
        assertThat(windows.get(1).largest().partner()).isEqualTo("China");
        assertThat(DependenceTables.sharePct(windows.get(1).largest())).isEqualTo(71.77);
        assertThat(windows.get(1).herfindahl()).isCloseTo(0.527237, within(1e-6));
        assertThat(result.dependence().switches()).isEmpty();
        Report.Table table = DependenceTables.windows(result);
        assertThat(table.rows()).hasSize(2 * DependenceRequest.DEFAULT_TOP);
        assertThat(table.rows().get(3)).containsExactly("2015-2019", 4045.0, 0.5272, 1, "China", 2903.0, 71.77,
                "SIPRI Arms Transfers Database, 2022 release");
    }

    /** From 1995-99 (Ukraine) to 2000-04 (China) the largest supplier of Pakistan switches. */
    @Test
    void switchesOfTheLargestSupplierAreListed() {
        DependenceResult result = service.dependence(new DependenceRequest(CaseId.SOUTH_ASIA,
                ArmsFocus.recipient("PAK", null), YearRange.of(1995, 2004), 5, null, 3));
        assertThat(result.dependence().switches()).hasSize(1);
        ArmsDependence.Switch change = result.dependence().switches().get(0);
        assertThat(change.before().largest().partner()).isEqualTo("Ukraine");
        assertThat(change.after().largest().partner()).isEqualTo("China");
        assertThat(DependenceTables.switches(result).rows().get(0)).containsExactly("1995-1999", "Ukraine", 40.88,
                "2000-2004", "China", 43.34, "SIPRI Arms Transfers Database, 2022 release");
    }

    @Test
    void yearsOutsideTheReleaseAndStatesItDoesNotHoldAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> shares(ArmsFocus.recipient("PAK", null), YearRange.of(2025, 2029)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("outside what the SIPRI releases loaded hold of Pakistan's imports (1950-2021"
                        + " release 2022)")
                .extracting(ArmsServiceTest::parameter).isEqualTo("to");
        assertThatThrownBy(() -> shares(ArmsFocus.recipient("PAK", null), YearRange.of(1940, 1944)))
                .extracting(ArmsServiceTest::parameter).isEqualTo("from");
        assertThatThrownBy(() -> shares(ArmsFocus.recipient("Atlantis", null), YearRange.open()))
                .hasMessageContaining("unknown actor 'Atlantis'").extracting(ArmsServiceTest::parameter)
                .isEqualTo("recipient");
        assertThatThrownBy(() -> shares(ArmsFocus.recipient("USA", null), YearRange.open()))
                .hasMessageContaining("holds no imports of United States").hasMessageNotContaining("--")
                .hasMessageNotContaining("counterweight").extracting(ArmsServiceTest::parameter)
                .isEqualTo("recipient");
        assertThatThrownBy(() -> shares(ArmsFocus.recipient("PAK", "1999"), YearRange.open()))
                .extracting(ArmsServiceTest::parameter).isEqualTo("release");
        assertThatThrownBy(() -> service.dependence(new DependenceRequest(CaseId.SOUTH_ASIA,
                ArmsFocus.recipient("PAK", null), YearRange.of(2016, 2019), 5, null, 3)))
                .extracting(ArmsServiceTest::parameter).isEqualTo("window");
        assertThatThrownBy(() -> new DependenceRequest(CaseId.SOUTH_ASIA, ArmsFocus.recipient("PAK", null),
                YearRange.open(), 5, 0, 3)).extracting(ArmsServiceTest::parameter).isEqualTo("step");
        assertThatThrownBy(() -> ArmsFocus.supplier(" ", null)).extracting(ArmsServiceTest::parameter)
                .isEqualTo("supplier");
    }
}
