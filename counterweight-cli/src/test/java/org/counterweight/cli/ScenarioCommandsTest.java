package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios and simulate commands end to end: what they print and write, and how they refuse. */
class ScenarioCommandsTest {
    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = Cli.overLoadedStore(folder);
        assertThat(cli.run("status").exitCode()).isZero();
    }

    @Test
    void listsTheBuiltInScenarios() throws Exception {
        JsonNode rows = cli.json("scenarios", "--format", "json").get("rows");
        assertThat(rows).hasSize(9);
        assertThat(rows.toString()).contains("caatsa-india").contains("convergence-2022-21")
                .contains("gillani-recommendations").contains("cpec-stalls");
    }

    @Test
    void simulatePrintsItsTablesAndWritesTheBands() throws Exception {
        Path out = folder.resolve("out");
        Cli.Run run = cli.run("simulate", "caatsa-india", "--runs", "40", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("At the horizon, 2053").contains("Sensitivity of PAK's security deficit");
        assertThat(Files.readAllLines(out.resolve("caatsa-india-difference-bands.csv")).get(0))
                .isEqualTo("series,year,p5,p25,p50,p75,p95,mean,missing_runs");
    }

    /**
     * {@code simulate X --out d && simulate --replay d}: the replay writes every file again byte for
     * byte (compared here file by file), and refuses settings whose data hashes are not the store's.
     */
    @Test
    void aRunWrittenWithOutReplaysByteForByte() throws Exception {
        Path out = folder.resolve("handover");
        Cli.Run run = cli.run("simulate", "caatsa-india", "--runs", "8", "--seed", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Realignment against 2023").contains("Blocs by year");
        Path again = folder.resolve("replayed");
        Cli.Run replay = cli.run("simulate", "--replay", out.toString(), "--out", again.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("settings.json").doesNotContain(" no\n");
        try (var files = Files.list(out)) {
            List<Path> written = files.sorted().toList();
            assertThat(written).extracting(p -> p.getFileName().toString()).contains("scenario.yaml",
                    "settings.json", "summary.json", "caatsa-india-alignment-runs.csv");
            for (Path file : written) {
                assertThat(Files.readAllBytes(again.resolve(file.getFileName()))).as(file.toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        Path tampered = folder.resolve("tampered");
        Files.createDirectories(tampered);
        Files.copy(out.resolve("scenario.yaml"), tampered.resolve("scenario.yaml"));
        Files.writeString(tampered.resolve("settings.json"), Files.readString(out.resolve("settings.json"))
                .replaceFirst("\"sipri-milex-2024\": \"[0-9a-f]", "\"sipri-milex-2024\": \"g"));
        Cli.Run refused = cli.run("simulate", "--replay", tampered.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--replay").contains("sipri-milex-2024 differs");
    }

    @Test
    void badRunsAndBadFilesAreRefusedNamingTheOptionOrTheLine() throws Exception {
        Cli.Run runs = cli.run("simulate", "caatsa-india", "--runs", "0");
        assertThat(runs.exitCode()).isEqualTo(2);
        assertThat(runs.err()).contains("--runs");
        Path bad = folder.resolve("bad.yaml");
        Files.writeString(bad, "scenario: bad\ntitle: Bad\ncase: south-asia\nstart: 2023\nhorizon: 10\n"
                + "interventions:\n  - at: 2024\n    label: x\n    kind: set-tie\n    actors: [USA, PAK]\n    value: 3\n");
        Cli.Run run = cli.run("simulate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml, line 11, field 'interventions[0].value'").contains("[-1, 1]");
        Path many = folder.resolve("many.yaml");
        Files.writeString(many, "scenario: many\ntitle: Many\ncase: south-asia\nstart: 2023\nhorizon: 10\n"
                + "runs: 100000000\n");
        Cli.Run manyRuns = cli.run("simulate", many.toString());
        assertThat(manyRuns.exitCode()).isEqualTo(2);
        assertThat(manyRuns.err()).contains("many.yaml, line 6, field 'runs'").doesNotContain("--runs");
        Path deep = folder.resolve("deep.yaml");
        Files.writeString(deep, "scenario: deep\ntitle: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        Cli.Run deepRun = cli.run("simulate", deep.toString());
        assertThat(deepRun.exitCode()).isEqualTo(2);
        assertThat(deepRun.err()).contains("deep.yaml, line 2").contains("nested more than").doesNotContain("at org.");
    }

    /** The verdict table comes first after the claims, with each state's equation in its notes. */
    @Test
    void simulatePrintsTheVerdicts() {
        Cli.Run run = cli.run("simulate", "gillani-recommendations", "--runs", "40");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Verdicts at the horizon, 2053 (gillani-recommendations)")
                .contains("gillani-2021-48  PAK.deficit").contains("PAK: drift, no evidence of reaction");
    }

    /** An intervention on an actor outside the system is refused naming the file, line and field. */
    @Test
    void anInterventionOutsideTheSystemIsRefused() throws Exception {
        Path outside = folder.resolve("outside.yaml");
        Files.writeString(outside, "scenario: outside\ntitle: Outside\ncase: south-asia\nstart: 2023\nhorizon: 10\n"
                + "interventions:\n  - at: 2024\n    label: x\n    kind: set-tie\n    actors: [USA, AFG]\n    value: 0\n");
        Cli.Run run = cli.run("simulate", outside.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("outside.yaml, line 7").contains("interventions[0].actors").contains("AFG");
    }
}
