package org.counterweight.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.core.ensemble.ProgressListener;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.scenario.ClaimTest;
import org.counterweight.core.scenario.Location;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.scenario.Verdict;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static ScenarioService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new ScenarioService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static SimulationResult simulate(String scenario, int runs, long seed, int threads) {
        return service.simulate(SimulationRequest.builtIn(scenario, new RunSettings(runs, seed, threads)),
                ProgressListener.NONE);
    }

    private static List<Object> row(Report.Table table, String actor, String measure) {
        return table.rows().stream().filter(r -> r.get(0).equals(actor) && r.get(1).equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + actor + " " + measure));
    }

    private static double number(List<Object> row, Report.Table table, String column) {
        return ((Number) row.get(table.columns().indexOf(column))).doubleValue();
    }

    /** The nine built-in scenarios, with the claims of both articles they test, the record's removals in file order. */
    @Test
    void listsTheBuiltInScenariosWithTheClaimsTheyTest() {
        Report.Table table = ScenarioTables.list(service.builtIn());
        assertThat(table.rows()).extracting(r -> r.get(0)).containsExactlyElementsOf(ScenarioFileReader.BUNDLED);
        assertThat(table.rows().toString()).contains("caatsa-india").contains("convergence-2022-21")
                .contains("gillani-2021-30");
        assertThat(table.rows().get(2).get(3)).isEqualTo(
                "record without us-ind-gsomia, us-ind-lemoa, us-ind-comcasa, us-ind-beca");
        assertThat(table.rows().get(3).get(3)).isEqualTo(
                "2025.0 shift-tie USA-IND [-0.5, -0.2]; 2025.0 scale-level IND [0.85, 0.95]");
    }

    /** Run i of an ensemble draws from its own stream (core.ensemble.Seeds): the bands do not depend on threads. */
    @Test
    void theSameSeedGivesTheSameBandsOnOneAndTwoThreads() {
        SimulationResult one = simulate("us-engages-pakistan", 60, 5, 1);
        SimulationResult two = simulate("us-engages-pakistan", 60, 5, 2);
        for (String name : one.comparison().difference().series().keySet()) {
            for (var pick : List.<java.util.function.Function<SimulationResult, QuantileBands.Bands>>of(
                    r -> r.comparison().baseline(), r -> r.comparison().scenario(), r -> r.comparison().difference())) {
                assertThat(pick.apply(two).series(name).quantiles()).as(name)
                        .isDeepEqualTo(pick.apply(one).series(name).quantiles());
                assertThat(pick.apply(two).series(name).mean()).as(name).containsExactly(pick.apply(one).series(name)
                        .mean());
            }
        }
        assertThat(ScenarioTables.of(two)).isEqualTo(ScenarioTables.of(one));
        SimulationResult other = simulate("us-engages-pakistan", 60, 6, 2);
        assertThat(other.comparison().baseline().series("PAK.deficit").quantiles())
                .isNotEqualTo(one.comparison().baseline().series("PAK.deficit").quantiles());
    }

    /** The progress listener hears every run of both ensembles, baseline first, in order. */
    @Test
    void progressCountsBothEnsembles() {
        List<Integer> done = new ArrayList<>();
        SimulationResult result = service.simulate(new SimulationRequest("caatsa-india", null,
                new RunSettings(20, null, 2), "Pakistan"), (completed, total) -> {
                    assertThat(total).isEqualTo(40);
                    done.add(completed);
                });
        assertThat(done).hasSize(40).isSorted().endsWith(40);
        assertThat(result.spec().runs()).isEqualTo(20);
        assertThat(result.spec().seed()).isEqualTo(ScenarioFileReader.bundled("caatsa-india").seed());
        assertThat(result.focus()).isEqualTo("PAK");
        assertThat(result.tested()).extracting(c -> c.id()).containsExactly("convergence-2022-21",
                "convergence-2022-22");
        assertThat(result.verdicts()).extracting(v -> v.test().series()).containsExactly("IND.effective",
                "IND.deficit");
        List<Report.Table> bands = ScenarioTables.bands(result);
        assertThat(bands).extracting(Report.Table::id).containsExactly("caatsa-india-baseline-bands",
                "caatsa-india-scenario-bands", "caatsa-india-difference-bands");
        assertThat(bands.get(2).columns()).containsExactly("series", "year", "p5", "p25", "p50", "p75", "p95", "mean",
                "missing_runs");
        assertThat(bands.get(0).rows()).hasSize(result.comparison().baseline().series().size() * 31);
    }

    @Test
    void badScenarioFilesAndRequestsAreRefused() {
        UserFile bad = new UserFile("bad.yaml", "scenario: bad\ntitle: Bad\ncase: south-asia\nstart: 2023\n"
                + "horizon: 10\ninterventions:\n  - at: 2024\n    label: x\n    kind: set-tie\n    actors: [USA, PAK]\n"
                + "    value: 3\n");
        assertThatThrownBy(() -> service.simulate(new SimulationRequest(null, bad, RunSettings.defaults(), "PAK"),
                ProgressListener.NONE)).isInstanceOf(InputFormatException.class).hasMessageContaining("bad.yaml, line 7")
                .hasMessageContaining("[-1, 1]");
        String tie = "scenario: tie\ntitle: Tie\ncase: south-asia\nstart: 2023\nhorizon: 10\ninterventions:\n"
                + "  - at: 2024\n    label: x\n    kind: set-tie\n    actors: [JPN, AFG]\n    value: 0\n";
        assertThatThrownBy(() -> service.simulate(new SimulationRequest(null, new UserFile("tie.yaml", tie),
                new RunSettings(10, 1L, 1), "PAK"), ProgressListener.NONE)).isInstanceOfSatisfying(
                        InputFormatException.class, e -> {
                            assertThat(e.file()).isEqualTo("tie.yaml");
                            assertThat(e.line()).isEqualTo(7);
                            assertThat(e.field()).isEqualTo("interventions[0].actors");
                            assertThat(e.getMessage()).contains("AFG", "not in the system");
                        });
        UserFile ended = new UserFile("ended.yaml", tie.replace("start: 2023", "start: 2020").replace("JPN, AFG",
                "JPN, AFG"));
        assertThatThrownBy(() -> service.simulate(new SimulationRequest(null, ended, new RunSettings(10, 1L, 1), "PAK"),
                ProgressListener.NONE)).isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("interventions[0].kind");
                    assertThat(e.getMessage()).contains("JPN-AFG", "does not exist in 2024", "create-tie");
                });
        UserFile created = new UserFile("created.yaml", tie.replace("start: 2023", "start: 2020")
                .replace("set-tie", "create-tie").replace("value: 0", "value: 0.2"));
        assertThat(service.simulate(new SimulationRequest(null, created, new RunSettings(10, 1L, 1), "PAK"),
                ProgressListener.NONE).comparison().difference().series("AFG.effective").quantile(0.5)[4])
                        .isPositive();
        assertThatThrownBy(() -> simulate("no-such-scenario", 10, 1, 1)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("scenario"));
        assertThatThrownBy(() -> service.simulate(new SimulationRequest("caatsa-india", null, new RunSettings(10, 1L,
                1), "Atlantis"), ProgressListener.NONE)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("focus"));
        assertThatThrownBy(() -> new RunSettings(0, null, null)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.parameter()).isEqualTo("runs"));
    }

    /**
     * The report's digest of a scenario is the simulation's: its horizon differences are those of the
     * same scenario simulated with the same runs and seed, and a second request reads it back from the
     * store's result cache, number for number.
     */
    @Test
    void theReportsDigestIsTheSimulationsAndIsCached() {
        ScenarioSpec spec = ScenarioFileReader.bundled("pakistan-russia-ties");
        RunSettings settings = new RunSettings(30, 4L, null);
        ScenarioDigest digest = service.digests(List.of(spec), settings).get(0);
        SimulationResult simulated = simulate("pakistan-russia-ties", 30, 4, 2);
        int last = simulated.comparison().difference().time().length - 1;
        for (int i = 0; i < ScenarioDigest.SUMMARY.size(); i++) {
            QuantileBands.SeriesBands d = simulated.comparison().difference().series(ScenarioDigest.SUMMARY.get(i)
                    .series());
            assertThat(digest.differences().get(i)).containsExactly(d.quantile(0.5)[last], d.quantile(0.05)[last],
                    d.quantile(0.95)[last]);
        }
        assertThat(digest.baseline()[2]).containsExactly(simulated.comparison().baseline().series("PAK.deficit")
                .quantile(0.5));
        assertThat(workbench.store().resultCache().get(service.cacheKey(spec.withRuns(30, 4)), ScenarioDigest.CODEC))
                .hasValueSatisfying(stored -> assertSame(stored, digest));
        assertSame(service.digests(List.of(spec), settings).get(0), digest);
    }

    /** The codec writes doubles as doubles (NaN and signed zero included) and refuses damaged entries. */
    @Test
    void theDigestCodecRoundTripsExactly() throws IOException {
        Verdict verdict = new Verdict(new ClaimTest("gillani-2021-30", "PAK", "threat", ClaimTest.Direction.DECREASE,
                Location.IN_CODE), -0.5, Double.NaN, -0.0, 0.95, Verdict.Outcome.SUPPORTED);
        ScenarioDigest digest = new ScenarioDigest(new double[] {2023, 2024}, new double[][] {{Double.NaN, -0.0},
            {1e-300, Double.MAX_VALUE}}, new double[][] {{0.1, 0.2}}, List.of(new double[] {1, 2, 3}, new double[0]),
                List.of("PAK: drift, no evidence of reaction", "é ü"), List.of(verdict));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScenarioDigest.CODEC.write(digest, new DataOutputStream(bytes));
        ScenarioDigest read = ScenarioDigest.CODEC.read(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())));
        assertSame(read, digest);
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThatThrownBy(() -> ScenarioDigest.CODEC.read(new DataInputStream(new ByteArrayInputStream(cut))))
                .isInstanceOf(IOException.class);
        assertThat(ScenarioDigest.CODEC.name()).isEqualTo("scenario-digest/2");
    }

    /** Equal number for number (Double.toString is exact and tells NaN and -0.0 apart). */
    private static void assertSame(ScenarioDigest actual, ScenarioDigest expected) {
        assertThat(text(actual)).isEqualTo(text(expected));
    }

    private static String text(ScenarioDigest digest) {
        return Arrays.toString(digest.time()) + Arrays.deepToString(digest.baseline())
                + Arrays.deepToString(digest.scenario()) + Arrays.deepToString(digest.differences().toArray())
                + digest.statements() + digest.verdicts();
    }
}
