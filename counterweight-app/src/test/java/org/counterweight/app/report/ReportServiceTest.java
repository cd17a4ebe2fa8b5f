package org.counterweight.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RecordingProgress;
import org.counterweight.app.RunSettings;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.analysis.ArmsFocus;
import org.counterweight.app.analysis.ArmsService;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.analysis.DependenceRequest;
import org.counterweight.app.analysis.DependenceTables;
import org.counterweight.app.analysis.PowerRequest;
import org.counterweight.app.analysis.PowerResult;
import org.counterweight.app.analysis.PowerService;
import org.counterweight.app.analysis.PowerTables;
import org.counterweight.core.arms.ArmsDependence;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.report.Report;
import org.counterweight.report.chart.LineChart;
import org.counterweight.report.chart.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says what the services compute: every headline number is a service's, every table has a source. */
class ReportServiceTest {
    private static final int YEAR = 2021;

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static ReportDocument document;
    /** What the build told: "stage: TITLE (STEPS UNIT)", "done N", "finished". */
    private static final RecordingProgress PROGRESS = new RecordingProgress();
    private static final List<String> TOLD = PROGRESS.told();

    @BeforeAll
    static void build() {
        workbench = TestWorkbenches.copy(folder);
        document = new ReportService(workbench).build(new ReportRequest(CaseId.SOUTH_ASIA, YEAR,
                new RunSettings(20, 1L, null)), PROGRESS);
    }

    /**
     * The build tells its stages in order, the scenarios' counted in runs up to all of them (7 built-in
     * scenarios and their baselines at 20 runs: 280), and then that it finished.
     */
    @Test
    void theBuildTellsItsStagesAndTheScenariosRuns() {
        List<String> stages = TOLD.stream().filter(t -> t.startsWith("stage: ")).toList();
        assertThat(stages).hasSize(ReportService.STAGES);
        assertThat(stages.get(0)).startsWith("stage: the case's states");
        String scenarios = stages.stream().filter(t -> t.startsWith("stage: scenarios")).findFirst().orElseThrow();
        long runs = Long.parseLong(scenarios.replaceAll(".*\\((\\d+) runs\\)$", "$1"));
        assertThat(runs).isEqualTo(2L * 20 * (ScenarioFileReader.BUNDLED.size() - 1));
        List<String> after = TOLD.subList(TOLD.indexOf(scenarios) + 1, TOLD.size());
        assertThat(after.stream().takeWhile(t -> t.startsWith("done ")).reduce((a, b) -> b)).hasValue("done " + runs);
        assertThat(TOLD.get(TOLD.size() - 1)).isEqualTo("finished");
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    /** The first card is the frustration index that `balance --year 2021` prints (signs only), and names that command. */
    @Test
    void theFrustrationIndexIsTheBalanceServicesForTheYear() {
        Report.KeyNumber key = document.keyNumber("frustration index of the " + YEAR + " network");
        double frustration = new BalanceService(workbench).balance(new BalanceRequest(CaseId.SOUTH_ASIA,
                YearRange.year(YEAR), null, null, false)).network(String.valueOf(YEAR)).frustration().frustration();
        assertThat(key.value()).isEqualTo(String.valueOf(Math.round(frustration)));
        assertThat(key.source()).isEqualTo("counterweight balance --year " + YEAR);
    }

    /**
     * The India:Pakistan cards are what `power --actors IND,PAK --from 1990 --to 2021` prints for 2021:
     * the own ratio; the ratio with partners with, in its note, the range over the weightings (each to two decimals as
     * the command's table has them to ten digits), and the main weighting named with its source.
     */
    @Test
    void theIndiaPakistanCardIsWhatThePowerCommandPrints() {
        Report.KeyNumber key = document.keyNumber("India : Pakistan CINC ratio, " + YEAR);
        assertThat(key.source()).isEqualTo("counterweight power --actors IND,PAK --from " + ReportRequest.FIRST_YEAR
                + " --to " + YEAR);
        PowerResult power = new PowerService(workbench).power(new PowerRequest(CaseId.SOUTH_ASIA,
                PowerRequest.blocs(List.of("IND", "PAK")), YearRange.of(ReportRequest.FIRST_YEAR, YEAR),
                PowerRequest.Measure.parse("cinc"), PowerRequest.Partners.parse("obligations"), List.of(),
                Carry.FORWARD));
        Report.Table printed = PowerTables.asymmetry(power);
        List<Object> row = printed.rows().get(printed.rows().size() - 1);
        assertThat(row.subList(0, 3)).containsExactly(YEAR, "IND", "PAK");
        assertThat(key.value()).isEqualTo(String.format(Locale.ROOT, "%.1f", (Double) row.get(3)));
        Report.KeyNumber partners = document.keyNumber("India : Pakistan with partners, " + YEAR);
        assertThat(partners.value()).isEqualTo(String.format(Locale.ROOT, "%.2f", (Double) row.get(4)));
        assertThat(partners.note()).isEqualTo(String.format(Locale.ROOT, "Weights: ATOP defence/offence treaties"
                + " honoured at 0.745 for defence and offence, Leeds, Long & Mitchell (2000); range %.2f-%.2f over 5"
                + " weightings (docs/models/effective-capability.md).", (Double) row.get(5), (Double) row.get(6)));
        assertThat(row.get(7)).isEqualTo("obligations");
        assertThat(document.table("power-ind-pak").rows()).isEqualTo(printed.rows());
    }

    /** Pakistan's largest supplier of 2015-2019 and its share, as `dependence --recipient PAK` prints them. */
    @Test
    void theArmsCardIsTheDependenceServicesLargestSupplier() {
        ArmsDependence.Window window = new ArmsService(workbench).dependence(new DependenceRequest(CaseId.SOUTH_ASIA,
                ArmsFocus.recipient("PAK", null), YearRange.of(1990, 2019), 5, 5, 4)).dependence().windows().stream()
                .filter(w -> DependenceTables.label(w).equals("2015-2019")).findFirst().orElseThrow();
        var largest = window.shares().partners().get(0);
        Report.KeyNumber key = document.keyNumber("Pakistan's arms imports from " + largest.partner());
        assertThat(key.value()).isEqualTo(DependenceTables.sharePct(largest) + "%").isEqualTo("71.77%");
        assertThat(largest.partner()).isEqualTo("China");
    }

    @Test
    void everyTableHasADistinctIdASourceAndTheSectionsAreAllThere() {
        assertThat(document.tables()).allSatisfy(t -> {
            assertThat(t.id()).matches("[a-z0-9-]+");
            assertThat(t.source()).startsWith("counterweight ");
        });
        assertThat(new HashSet<>(document.tables().stream().map(Report.Table::id).toList()))
                .hasSize(document.tables().size());
        assertThat(document.report().sections()).extracting(Report.Section::id).containsExactly("network", "timeline",
                "power", "arms", "similarity", "events", "balance", "landscape", "scenarios", "bargaining", "evidence", "data");
        assertThat(document.table("network-ties").rows()).hasSize(document.graph().edges().size());
    }

    /**
     * The balance section gives each year's frustration index and blocs under both obligation scopes,
     * the "all" column equal to the balance summary's, and says in words which treaty makes them differ.
     */
    @Test
    void theBalanceSectionShowsBothObligationScopes() {
        Report.Table scopes = document.table("balance-obligations");
        Report.Table summary = document.table("balance-summary");
        assertThat(scopes.rows()).hasSize(11);
        for (int i = 0; i < scopes.rows().size(); i++) {
            assertThat(scopes.rows().get(i).get(scopes.columns().indexOf("frustration_all")))
                    .isEqualTo(summary.rows().get(i).get(summary.columns().indexOf("frustration_index")));
        }
        Report.Section balance = document.report().sections().stream().filter(s -> s.id().equals("balance"))
                .findFirst().orElseThrow();
        assertThat(balance.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Report.Paragraph.class,
                p -> assertThat(p.text()).contains("Treaty of Amity and Cooperation", "Russia in 2004",
                        "United Kingdom in 2012")));
    }

    /** Without imported event data the event section says so, and draws and counts nothing. */
    @Test
    void withoutEventDataTheEventSectionSaysNoneIsLoaded() {
        Report.Section events = document.report().sections().stream().filter(s -> s.id().equals("events"))
                .findFirst().orElseThrow();
        assertThat(events.blocks()).singleElement().isInstanceOfSatisfying(Report.Paragraph.class,
                p -> assertThat(p.text()).startsWith("No event data loaded").contains("IND-USA", "PAK-RUS"));
    }

    /**
     * The network's blocs say which obligation scope they rest on, beside the partition counting commitments
     * only (2021: one bloc of all ten states with every obligation, frustration index 6; CHN PAK RUS against
     * the rest with commitments, 3; docs/architecture.md, "Obligation scope").
     */
    @Test
    void theNetworksBlocsSayWhichObligationsTheyCount() {
        Report.Section network = document.report().sections().stream().filter(s -> s.id().equals("network"))
                .findFirst().orElseThrow();
        assertThat(network.blocks()).filteredOn(Report.Paragraph.class::isInstance).singleElement()
                .satisfies(p -> assertThat(((Report.Paragraph) p).text()).startsWith("The blocs drawn (")
                        .contains("neutrality and non-aggression pacts included (the default scope)")
                        .contains("(AFG AUS CHN GBR IND JPN PAK RUS UKR USA, frustration index 6)")
                        .contains("2021's optimal partition is AFG AUS GBR IND JPN UKR USA | CHN PAK RUS, frustration"
                                + " index 3"));
    }

    /** One occasion coded as several dyadic events is one timeline mark, its hover text every coding. */
    @Test
    void theFirstQuadSummitIsOneMarkOnTheTimeline() {
        Report.Section timeline = document.report().sections().stream().filter(s -> s.id().equals("timeline"))
                .findFirst().orElseThrow();
        Timeline chart = (Timeline) timeline.blocks().stream().filter(Report.Figure.class::isInstance)
                .map(b -> ((Report.Figure) b).chart()).findFirst().orElseThrow();
        assertThat(chart.marks()).filteredOn(m -> m.label().equals("First Quad leaders' summit")).singleElement()
                .satisfies(m -> assertThat(m.detail()).contains("USA -> IND", "USA -> JPN", "USA -> AUS"));
    }

    /**
     * A capability ratio that partners do not change (China's: no obligation weighs for it in these years) is
     * one line saying so, not one drawn exactly under the other; India and Pakistan's differ and keep two.
     */
    @Test
    void aRatioThatPartnersDoNotChangeIsOneLine() {
        Report.Section power = document.report().sections().stream().filter(s -> s.id().equals("power"))
                .findFirst().orElseThrow();
        List<String> names = power.blocks().stream().filter(Report.Figure.class::isInstance)
                .map(b -> ((Report.Figure) b).chart()).filter(LineChart.class::isInstance)
                .flatMap(c -> ((LineChart) c).series().stream().map(LineChart.Series::name)).toList();
        assertThat(names).contains("CHN:IND CINC, the same with partners", "IND:PAK CINC", "IND:PAK with partners")
                .doesNotContain("CHN:IND with partners");
    }

    /** An event's timeline label is its description's first clause, whole, never cut inside a word. */
    @Test
    void eventLabelsAreTheDescriptionsFirstClause() {
        assertThat(ReportAssembly.eventLabel("Pulwama attack: a suicide car bomb of Jaish-e-Mohammed (JeM) kills"
                + " some 40 Indian CRPF personnel")).isEqualTo("Pulwama attack");
        assertThat(ReportAssembly.eventLabel("US enacts CAATSA, imposing new sanctions on Russia"))
                .isEqualTo("US enacts CAATSA");
        assertThat(ReportAssembly.eventLabel("US (Blinken, Austin) hosts the fourth 2+2 dialogue; India and the"
                + " US sign")).isEqualTo("US (Blinken, Austin) hosts the fourth 2+2 dialogue");
        assertThat(ReportAssembly.eventLabel("Reciprocal of the Russia-Pakistan training agreement signing."))
                .isEqualTo("Reciprocal of the Russia-Pakistan training agreement signing");
        assertThat(ReportAssembly.eventLabel("S-400 deal")).isEqualTo("S-400 deal");
    }

    @Test
    void otherCasesAndYearsOutsideTheDataAreRefused() {
        assertThatThrownBy(() -> new ReportRequest(new CaseId("tiny"), YEAR, RunSettings.defaults()))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).parameter())
                .isEqualTo("case");
        assertThatThrownBy(() -> new ReportRequest(CaseId.SOUTH_ASIA, 2030, RunSettings.defaults()))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).parameter())
                .isEqualTo("year");
    }
}
