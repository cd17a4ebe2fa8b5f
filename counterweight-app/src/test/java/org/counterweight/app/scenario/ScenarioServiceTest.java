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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
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

    /**
     * The counterfactual without the foundational agreements names each of its spans for what it is: the
     * agreements' signing years (2002-2020, in the title), the simulation (2002-2032), the record it
     * replays (2002-2023) and where its change to the record shows (IND-USA in 2002-2004), so no span reads
     * as another's ("until 2023" read as if the agreements came back after 2023).
     */
    @Test
    void aCounterfactualNamesEachOfItsSpans() {
        Report.Table tests = ScenarioTables.tested(simulate("no-foundational-agreements", 20, 1, 1));
        assertThat(tests.title()).isEqualTo("Counterfactual: no US-India foundational agreements (signed 2002-2020)"
                + " (no-foundational-agreements; simulated 2002-2032, alignments replayed from the record to 2023;"
                + " 20 runs, seed 1)");
        assertThat(tests.notes()).contains("counterfactual record: the alignments of 2002-2023 (the record the"
                + " simulation replays) without us-ind-gsomia (signed 2002), us-ind-lemoa (signed 2016), us-ind-comcasa"
                + " (signed 2018), us-ind-beca (signed 2020); from 2024 to the horizon, 2032, the simulation carries on"
                + " from its 2023 ties");
        assertThat(tests.notes()).anyMatch(n -> n.startsWith("counterfactual record changes, baseline -> scenario:"
                + " IND-USA in 2002-2004"));
        assertThat(tests.notes()).noneMatch(n -> n.contains(" until "));
        assertThat(tests.notes()).anyMatch(n -> n.startsWith("equations: selected by rolling-origin out-of-sample"
                + " record, SIPRI milex release 2024, estimated on 1990-2023,"));
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
        Map<String, String> oneFiles = new LinkedHashMap<>(SimulationFiles.of(one));
        Map<String, String> twoFiles = new LinkedHashMap<>(SimulationFiles.of(two));
        assertThat(oneFiles.remove(SimulationFiles.SETTINGS)).contains("\"threads\": 1,");
        assertThat(twoFiles.remove(SimulationFiles.SETTINGS)).contains("\"threads\": 2,");
        assertThat(twoFiles).isEqualTo(oneFiles);
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

    /**
     * A run's files replay byte for byte from its scenario file and settings; a replay is refused,
     * naming what differs, when the settings' data hashes or the scenario file do not match.
     */
    @Test
    void aRunReplaysByteForByteAndATamperedOneIsRefused() {
        SimulationResult result = simulate("caatsa-india", 12, 3, 2);
        Map<String, String> files = SimulationFiles.of(result);
        assertThat(files.keySet()).containsExactly("scenario.yaml", "settings.json", "summary.json",
                "caatsa-india-baseline-bands.csv", "caatsa-india-scenario-bands.csv",
                "caatsa-india-difference-bands.csv", "caatsa-india-alignment-by-year.csv",
                "caatsa-india-alignment-runs.csv");
        assertThat(files.get("scenario.yaml")).isEqualTo(ScenarioFileReader.bundledText("caatsa-india"));
        assertThat(files.get("settings.json")).contains("\"runs\": 12,").contains("\"seed\": 3,")
                .contains("\"case\": \"south-asia\"").contains("\"sipri-milex-2024\": \"");
        assertThat(files.get("summary.json")).contains("\"id\": \"scenario-realignment\"");
        UserFile settings = new UserFile("settings.json", files.get("settings.json"));
        UserFile scenario = new UserFile("scenario.yaml", files.get("scenario.yaml"));
        SimulationResult replayed = service.replay(new ReplayRequest(settings, scenario), ProgressListener.NONE);
        assertThat(SimulationFiles.of(replayed)).isEqualTo(files);

        String slot = result.settings().data().firstKey();
        String hash = result.settings().data().get(slot);
        String changed = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
        UserFile tampered = new UserFile("settings.json", settings.text().replace(hash, changed));
        assertThatThrownBy(() -> service.replay(new ReplayRequest(tampered, scenario), ProgressListener.NONE))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("replay")).hasMessageContaining(slot + " differs");
        UserFile edited = new UserFile("scenario.yaml", scenario.text() + "# edited\n");
        assertThatThrownBy(() -> service.replay(new ReplayRequest(settings, edited), ProgressListener.NONE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("scenario.yaml has SHA-256");
        UserFile broken = new UserFile("settings.json", settings.text().replace("\"runs\": 12", "\"runs\": \"x\""));
        assertThatThrownBy(() -> service.replay(new ReplayRequest(broken, scenario), ProgressListener.NONE))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("settings.json, line 8");
    }

    /**
     * Alignment paths follow what each run used: in baseline-drifting the alignments drift after the
     * record, and the USA-Japan tie (0.3 in 2023) has turned negative in every run by the horizon,
     * while the baseline's ties stay as recorded; the alignment of 2023 is the record's in every run.
     */
    @Test
    void alignmentPathsShowTheTiesEachRunUsed() {
        SimulationResult result = simulate("baseline-drifting", 20, 1, 2);
        ScenarioAlignment alignment = result.alignment();
        List<String> actors = alignment.scenario().actors();
        int usa = actors.indexOf("USA");
        int jpn = actors.indexOf("JPN");
        int pair = AlignmentPathIndex.of(actors.size(), usa, jpn);
        double[][] record = result.inputs().baselineAlignment(2023);
        for (var path : alignment.scenario().paths()) {
            assertThat(path.ties()[0][pair]).isEqualTo(record[usa][jpn]);
            assertThat(path.partition()).doesNotContain(org.counterweight.core.scenario.AlignmentPath.UNKNOWN);
        }
        int last = alignment.scenario().years() - 1;
        assertThat(alignment.scenario().flipped()[pair][last]).isEqualTo(1.0);
        assertThat(alignment.baseline().flipped()[pair][last]).isZero();
        assertThat(alignment.realignments()).anySatisfy(r -> {
            assertThat(r.item()).isEqualTo("JPN-USA");
            assertThat(r.kind()).isEqualTo(ScenarioAlignment.TIE_FLIP);
            assertThat(r.scenario()).isEqualTo(1.0);
        });
        assertThat(ScenarioTables.of(result)).extracting(Report.Table::id).contains("scenario-realignment",
                "scenario-ties", "scenario-blocs");
    }

    /**
     * A scenario file's {@code obligations: commitments} holds for its record and its baseline: the
     * non-aggression tie ATOP's coding of the Treaty of Amity and Cooperation gives Japan and Russia is
     * in the default record of 2023 and not in the scoped one, and the notes say which scope ran.
     */
    @Test
    void aScenarioRunsUnderItsObligationScope() {
        String file = "scenario: scoped\ntitle: Scoped\ncase: south-asia\nstart: 2023\nhorizon: 5\n"
                + "interventions: []\n";
        SimulationResult all = service.simulate(new SimulationRequest(null, new UserFile("all.yaml", file),
                new RunSettings(20, 1L, 1), "PAK"), ProgressListener.NONE);
        SimulationResult commitments = service.simulate(new SimulationRequest(null, new UserFile("scoped.yaml", file
                + "obligations: commitments\n"), new RunSettings(20, 1L, 1), "PAK"), ProgressListener.NONE);
        List<String> actors = all.alignment().scenario().actors();
        assertThat(commitments.alignment().scenario().actors()).isEqualTo(actors);
        int jpn = actors.indexOf("JPN");
        int rus = actors.indexOf("RUS");
        assertThat(all.inputs().baselineAlignment(2023)[jpn][rus]).isPositive();
        assertThat(commitments.inputs().baselineAlignment(2023)[jpn][rus]).isZero();
        assertThat(commitments.inputs().notes()).anySatisfy(n -> assertThat(n)
                .startsWith("Ties of the record and the threats: obligation scope 'commitments'"));
        assertThat(all.inputs().notes()).noneSatisfy(n -> assertThat(n).contains("obligation scope"));
    }

    /**
     * Runs that stop before the horizon are counted in words and a claim no run reaches is not computed,
     * not indeterminate: from 2002 under commitments, Russia's growth reaction meets a threat of 0 (no
     * hostile state with positive partners), so every run stops in its first year.
     */
    @Test
    void runsThatStopBeforeTheHorizonAreCountedAndTheirClaimsNotComputed() {
        String file = "scenario: stopped\ntitle: Stopped\ncase: south-asia\nstart: 2002\nhorizon: 3\n"
                + "obligations: commitments\ncites: [gillani-2021-30]\ninterventions: []\ntests:\n"
                + "  - claim: gillani-2021-30\n"
                + "    measure: PAK.deficit\n    expect: decrease\n";
        SimulationResult result = service.simulate(new SimulationRequest(null, new UserFile("stopped.yaml", file),
                new RunSettings(10, 1L, 1), "PAK"), ProgressListener.NONE);
        assertThat(result.verdicts()).singleElement().extracting(Verdict::outcome)
                .isEqualTo(Verdict.Outcome.NOT_COMPUTED);
        assertThat(ScenarioTables.horizon(result).notes()).contains("Runs that stopped before the horizon: 10 of 10 in"
                + " the baseline, 10 of 10 in the scenario. A run stops in the year an equation cannot be evaluated (a"
                + " logged threat or hostility at 0, or no convergence); its later years are missing, never 0, and the"
                + " quantiles are over the runs that reached each year (missing_runs in the bands table).");
    }

    /** The index of pair (i, j), i &lt; j, among the pairs of n actors taken row by row. */
    private static final class AlignmentPathIndex {
        static int of(int n, int i, int j) {
            List<int[]> pairs = org.counterweight.core.scenario.AlignmentPath.pairs(n);
            for (int p = 0; p < pairs.size(); p++) {
                if (pairs.get(p)[0] == Math.min(i, j) && pairs.get(p)[1] == Math.max(i, j)) {
                    return p;
                }
            }
            throw new AssertionError("no pair " + i + "-" + j);
        }
    }

    @Test
    void badScenarioFilesAndRequestsAreRefused() {
        UserFile bad = new UserFile("bad.yaml", "scenario: bad\ntitle: Bad\ncase: south-asia\nstart: 2023\n"
                + "horizon: 10\ninterventions:\n  - at: 2024\n    label: x\n    kind: set-tie\n    actors: [USA, PAK]\n"
                + "    value: 3\n");
        assertThatThrownBy(() -> service.simulate(new SimulationRequest(null, bad, RunSettings.defaults(), "PAK"),
                ProgressListener.NONE)).isInstanceOf(InputFormatException.class).hasMessageContaining("bad.yaml, line 11")
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

    /** What a server checks before it queues a run: the scenario against the knowledge base, and the focus actor. */
    @Test
    void aRequestIsCheckedWithoutRunningIt() {
        RunSettings settings = new RunSettings(10, 1L, 1);
        assertThat(service.check(new SimulationRequest("caatsa-india", null, settings, "IND")).id())
                .isEqualTo("caatsa-india");
        assertThatThrownBy(() -> service.check(new SimulationRequest("caatsa-india", null, settings, "XYZ")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("focus");
                    assertThat(e.getMessage()).contains("XYZ");
                });
    }

    /**
     * Issue 15 "Why" point 8: an unknown case, claim or agreement in a scenario file was reported with
     * no file or line, or (an agreement) accepted with blank results; each now names its place.
     */
    @Test
    void unknownReferencesNameTheirFileLineAndField() {
        String plain = "scenario: refs\ntitle: Refs\ncase: south-asia\nstart: 2023\nhorizon: 5\n";
        assertThatThrownBy(() -> simulateFile(plain.replace("south-asia", "atlantis"))).isInstanceOfSatisfying(
                InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("case");
                    assertThat(e.getMessage()).contains("no case 'atlantis'");
                });
        assertThatThrownBy(() -> simulateFile(plain + "without_agreements: [us-ind-beca, no-such-agreement]\n"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.field()).isEqualTo("without_agreements[1]");
                    assertThat(e.getMessage()).contains("no agreement 'no-such-agreement'");
                });
        assertThatThrownBy(() -> simulateFile(plain + "cites: [no-such-claim]\ntests:\n  - {claim: no-such-claim,"
                + " measure: PAK.deficit, expect: increase}\n")).isInstanceOfSatisfying(InputFormatException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("cites[0]");
                            assertThat(e.getMessage()).contains("not a claim of case south-asia");
                        });
    }

    /** A Monte Carlo size that cannot fit in memory is refused before the first run, at the file's {@code runs}. */
    @Test
    void anEnsembleTooLargeForMemoryIsRefusedBeforeItStarts() {
        String huge = "scenario: huge\ntitle: Huge\ncase: south-asia\nstart: 2023\nhorizon: 200\nruns: 1000000\n";
        long needed = EnsembleMemory.estimate(ScenarioFileReader.read(new java.io.StringReader(huge), "h.yaml"), 9);
        org.junit.jupiter.api.Assumptions.assumeTrue(needed > Runtime.getRuntime().maxMemory(),
                "this JVM has room for the ensembles");
        assertThatThrownBy(() -> simulateFile(huge)).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.field()).isEqualTo("runs");
            assertThat(e.getMessage()).contains("need about").contains("runs fit");
        });
    }

    private SimulationResult simulateFile(String text) {
        return service.simulate(new SimulationRequest(null, new UserFile("s.yaml", text), RunSettings.defaults(),
                "PAK"), ProgressListener.NONE);
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
        ScenarioDigest digest = service.digests(List.of(spec), settings, Progress.NONE).get(0);
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
        assertSame(service.digests(List.of(spec), settings, Progress.NONE).get(0), digest);
    }

    /** The codec writes doubles as doubles (NaN and signed zero included) and refuses damaged entries. */
    @Test
    void theDigestCodecRoundTripsExactly() throws IOException {
        Verdict verdict = new Verdict(new ClaimTest("gillani-2021-30", "PAK", "threat", ClaimTest.Direction.DECREASE,
                Location.IN_CODE), -0.5, Double.NaN, -0.0, 0.95, Verdict.Outcome.SUPPORTED);
        ScenarioDigest digest = new ScenarioDigest(new double[] {2023, 2024}, new double[][] {{Double.NaN, -0.0},
            {1e-300, Double.MAX_VALUE}}, new double[][] {{0.1, 0.2}}, List.of(new double[] {1, 2, 3}, new double[0]),
                List.of("PAK: drift, no evidence of reaction", "é ü"), List.of(verdict),
                List.of(new ScenarioAlignment.Realignment("IND-USA", ScenarioAlignment.TIE_FLIP, "0.5", 0, 0.25, 0.75,
                        2025)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScenarioDigest.CODEC.write(digest, new DataOutputStream(bytes));
        ScenarioDigest read = ScenarioDigest.CODEC.read(new DataInputStream(new ByteArrayInputStream(
                bytes.toByteArray())));
        assertSame(read, digest);
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThatThrownBy(() -> ScenarioDigest.CODEC.read(new DataInputStream(new ByteArrayInputStream(cut))))
                .isInstanceOf(IOException.class);
        assertThat(ScenarioDigest.CODEC.name()).isEqualTo("scenario-digest/3");
    }

    /** Equal number for number (Double.toString is exact and tells NaN and -0.0 apart). */
    private static void assertSame(ScenarioDigest actual, ScenarioDigest expected) {
        assertThat(text(actual)).isEqualTo(text(expected));
    }

    private static String text(ScenarioDigest digest) {
        return Arrays.toString(digest.time()) + Arrays.deepToString(digest.baseline())
                + Arrays.deepToString(digest.scenario()) + Arrays.deepToString(digest.differences().toArray())
                + digest.statements() + digest.verdicts() + digest.realignments();
    }
}
