package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.RunSettings;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.app.datasets.FrameRows;
import org.counterweight.app.datasets.DyadsRequest;
import org.counterweight.app.datasets.DyadsService;
import org.counterweight.app.datasets.ImportOutcome;
import org.counterweight.app.datasets.ImportRequest;
import org.counterweight.app.report.ReportDocument;
import org.counterweight.app.report.ReportRequest;
import org.counterweight.app.report.ReportService;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's import of a newer SIPRI release adds to the bundled one, it does not hide it: with a
 * synthetic "2024" table of India's imports over 2015-2023 (made-up round numbers in SIPRI's layout,
 * {@code counterweight-io/src/test/resources/sipri/TIV-Import-IND-2015-2023-synthetic.csv}) loaded
 * beside the bundled 2022 extract, India's figures of 2015-2023 come from it, India's earlier years and
 * every other recipient from the bundled extract, and every figure names its release.
 *
 * <p>Expected sums are of the fixture (2019-2023: France 400+500+600+700+800 = 3000, Israel 500,
 * Russia 4000, United States 600, of 8100) and of the bundled extract, summed with awk over
 * {@code tiv_flows_to_south_asia_china_1950_2021.csv} (India 2010-2014: 19671; 2012-2014: 13159, of
 * which Russia 9403).
 */
class ArmsReleaseMergeTest {
    private static final Path FIXTURES = Path.of("../counterweight-io/src/test/resources/sipri");
    private static final String NEWER = "TIV-Import-IND-2015-2023-synthetic.csv";
    private static final String BUNDLED = "SIPRI Arms Transfers Database, 2022 release";
    private static final String IMPORTED = "SIPRI Arms Transfers Database, 2024 release";

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static ArmsService arms;
    private static DatasetsService datasets;
    private static ImportOutcome imported;

    @BeforeAll
    static void importNewerRelease() {
        workbench = TestWorkbenches.copy(folder);
        arms = new ArmsService(workbench);
        datasets = new DatasetsService(workbench);
        imported = datasets.importFile(new ImportRequest("sipri-tiv-table", FIXTURES.resolve(NEWER), null));
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static ArmsResult imports(String recipient, Integer from, Integer to) {
        return arms.shares(new ArmsRequest(CaseId.SOUTH_ASIA, ArmsFocus.recipient(recipient, null),
                YearRange.of(from, to)));
    }

    private static PartnerShare partner(ArmsResult result, String name) {
        return result.shares().partners().stream().filter(p -> p.partner().equals(name)).findFirst().orElseThrow();
    }

    private static List<Object> row(Report.Table table, String first) {
        return table.rows().stream().filter(r -> first.equals(r.get(0))).findFirst().orElseThrow();
    }

    @Test
    void theImportedRecipientComesFromTheNewReleaseAndTheOthersFromTheBundledOne() {
        assertThat(imported.changed()).isTrue();
        ArmsResult india = imports("IND", null, null);
        assertThat(india.shares().fromYear() + "-" + india.shares().toYear()).as("the newest year held")
                .isEqualTo("2019-2023");
        assertThat(india.total()).isEqualTo(8100);
        assertThat(india.sharePct(partner(india, "Russia").tiv())).isEqualTo(49.38);
        assertThat(india.sharePct(partner(india, "France").tiv())).isEqualTo(37.04);
        assertThat(india.record().releases()).containsExactly("2024");
        Report.Table indiaTable = ArmsTables.of(india).get(0);
        assertThat(indiaTable.rows()).allSatisfy(r -> assertThat(r.get(4)).isEqualTo(IMPORTED));

        ArmsResult pakistan = imports("PAK", 2015, 2019);
        assertThat(pakistan.total()).isEqualTo(4045);
        assertThat(pakistan.record().releases()).containsExactly("2022");
        Report.Table pakistanTable = ArmsTables.of(pakistan).get(0);
        assertThat(row(pakistanTable, "China")).containsExactly("China", 710, 2903.0, 71.77, BUNDLED);
        assertThat(pakistanTable.notes()).contains("The newest release loaded, the 2024 release, holds none of"
                + " Pakistan's imports in these years: it adds to the older releases, it does not replace them.");
        assertThat(imports("PAK", null, null).shares().toYear()).as("Pakistan's newest year held").isEqualTo(2021);
    }

    /** Before 2015 the newer table says nothing of India: those years come from the 2022 release, and the notes say so. */
    @Test
    void yearsTheNewerReleaseDoesNotCoverComeFromTheOlderOneWithNotes() {
        ArmsResult early = imports("IND", 2010, 2014);
        assertThat(early.total()).isEqualTo(19671);
        assertThat(early.record().releases()).containsExactly("2022");
        assertThat(ArmsTables.of(early).get(0).notes()).contains("The newest release loaded holding India's imports,"
                + " the 2024 release, covers 2015-2023 only: 2010-2014 come from the 2022 release.");

        ArmsResult straddling = imports("IND", 2012, 2016);
        assertThat(straddling.total()).isEqualTo(13159 + 2700);
        assertThat(partner(straddling, "Russia").tiv()).isEqualTo(9403 + 2000);
        assertThat(straddling.sharePct(partner(straddling, "Russia").tiv())).isEqualTo(71.9);
        assertThat(straddling.record().describe()).isEqualTo("2012-2014 release 2022, 2015-2016 release 2024");
        Report.Table table = ArmsTables.of(straddling).get(0);
        assertThat(row(table, "Russia").get(4)).isEqualTo("SIPRI Arms Transfers Database, 2022 and 2024 releases");
        assertThat(row(table, "Poland").get(4)).isEqualTo(BUNDLED);
        assertThat(row(ArmsTables.of(straddling).get(1), "total").get(3)).isEqualTo("SIPRI Arms Transfers Database,"
                + " 2022 and 2024 releases");
        assertThat(table.notes().get(0)).startsWith("Information from the SIPRI Arms Transfers Database: India's"
                + " imports, 2012-2014 from the 2022 release, 2015-2016 from the 2024 release");
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).startsWith("SIPRI revises its TIV series"));
    }

    /** A release named alone is read alone; the newest release holds no year before its table's. */
    @Test
    void aReleaseNamedIsReadAlone() {
        ArmsResult bundled = arms.shares(new ArmsRequest(CaseId.SOUTH_ASIA, ArmsFocus.recipient("IND", "2022"),
                YearRange.of(2015, 2019)));
        assertThat(bundled.total()).isEqualTo(14318);
        assertThatThrownBy(() -> arms.shares(new ArmsRequest(CaseId.SOUTH_ASIA, ArmsFocus.recipient("IND", "2024"),
                YearRange.of(2010, 2014)))).hasMessageContaining("outside what the SIPRI releases loaded hold of"
                        + " India's imports (2015-2023 release 2024)");
    }

    /**
     * Russia's exports of 2017-2021: its deliveries to India from the newer table (1000+1000+1000+900+800
     * = 4700), the rest from the bundled extract, shares of SIPRI's 2022 export total (25292).
     */
    @Test
    void exportsMergeEachRecipientsFigures() {
        ArmsResult russia = arms.shares(new ArmsRequest(CaseId.SOUTH_ASIA, ArmsFocus.supplier("RUS", null),
                YearRange.of(2017, 2021)));
        assertThat(russia.total()).isEqualTo(25292);
        assertThat(partner(russia, "India").tiv()).isEqualTo(4700);
        assertThat(partner(russia, "India").releases()).containsExactly("2024");
        assertThat(partner(russia, "China").releases()).containsExactly("2022");
    }

    @Test
    void dependenceAndTheReportBuildAndNameTheirReleases() {
        DependenceResult india = arms.dependence(new DependenceRequest(CaseId.SOUTH_ASIA,
                ArmsFocus.recipient("IND", null), YearRange.of(1990, 2019), 5, null, 3));
        Report.Table windows = DependenceTables.windows(india);
        assertThat(windows.rows()).filteredOn(r -> r.get(0).equals("2010-2014"))
                .allSatisfy(r -> assertThat(r.get(7)).isEqualTo(BUNDLED));
        assertThat(windows.rows()).filteredOn(r -> r.get(0).equals("2015-2019"))
                .allSatisfy(r -> assertThat(r.get(7)).isEqualTo(IMPORTED));

        ReportDocument report = new ReportService(workbench).build(new ReportRequest(CaseId.SOUTH_ASIA, 2021,
                new RunSettings(2, 1L, 1)));
        Report.Section section = report.report().sections().stream().filter(s -> s.id().equals("arms")).findFirst()
                .orElseThrow();
        assertThat(section.blocks()).filteredOn(Report.Figure.class::isInstance).map(b -> ((Report.Figure) b).source())
                .anySatisfy(s -> assertThat(s).startsWith("SIPRI Arms Transfers Database, 2022 and 2024 releases"
                        + " (India's imports: 1990-2014 release 2022, 2015-2019 release 2024)"))
                .anySatisfy(s -> assertThat(s).startsWith(BUNDLED + " (Pakistan's imports: 1990-2019 release 2022)"));
        assertThat(report.table("arms-ind").columns()).last().isEqualTo("release");
    }

    /**
     * Dyad frames merge the same way: Russia to India in 2019 is the newer table's 1000 (the bundled
     * extract has 1562), China to Pakistan in 2021 the bundled 753; India's exports to Russia no release
     * holds (NULL), nor China to Pakistan in 2022.
     */
    @Test
    void dyadFramesReadTheMergedReleases() {
        FrameRows frame = new DyadsService(workbench).frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2019,
                2022), List.of("RUS", "IND", "CHN", "PAK"), false, List.of("arms"), null, Carry.FORWARD, "counterweight"));
        assertThat(arms(frame, 365, 750, 2019, "arms_tiv_1to2")).isEqualTo(1000.0);
        assertThat(arms(frame, 365, 750, 2019, "arms_tiv_2to1")).isNull();
        assertThat(arms(frame, 710, 770, 2021, "arms_tiv_1to2")).isEqualTo(753.0);
        assertThat(arms(frame, 710, 770, 2022, "arms_tiv_1to2")).isNull();
        assertThat(frame.dictionary()).anySatisfy(c -> assertThat(c.dataset()).isEqualTo("SIPRI Arms Transfers"
                + " Database, 2024, 2022 releases (each supplier-recipient-year from the newest covering it)"));
    }

    private static Double arms(FrameRows frame, int ccode1, int ccode2, int year, String column) {
        List<Object> row = frame.rows().stream().filter(r -> ((Number) r.get(frame.columns().indexOf("ccode1")))
                .intValue() == ccode1 && ((Number) r.get(frame.columns().indexOf("ccode2"))).intValue() == ccode2
                && ((Number) r.get(frame.columns().indexOf("year"))).intValue() == year).findFirst().orElseThrow();
        Object value = row.get(frame.columns().indexOf(column));
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** The same file imported again changes nothing: no rows, no figures. */
    @Test
    void reimportingTheSameFileChangesNothing() {
        Map<String, Long> before = datasets.status().tableRows();
        double india = imports("IND", 2015, 2019).total();
        ImportOutcome again = datasets.importFile(new ImportRequest("sipri-tiv-table", FIXTURES.resolve(NEWER), null));
        assertThat(again.changed()).isFalse();
        assertThat(datasets.status().tableRows()).isEqualTo(before);
        assertThat(imports("IND", 2015, 2019).total()).isEqualTo(india).isEqualTo(7200);
    }

    /** A bad cell in a user's table is refused naming file, line and field, and the store is left as it was. */
    @Test
    void aBadCellNamesFileLineAndFieldAndChangesNothing() {
        Map<String, Long> before = datasets.status().tableRows();
        assertThatThrownBy(() -> datasets.importFile(new ImportRequest("sipri-tiv-table",
                FIXTURES.resolve("TIV-Import-IND-2015-2023-bad-cell.csv"), null)))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("TIV-Import-IND-2015-2023-bad-cell.csv");
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.field()).isEqualTo("2019");
                });
        assertThat(datasets.status().tableRows()).isEqualTo(before);
        assertThat(imports("IND", 2019, 2023).total()).isEqualTo(8100);
    }
}
