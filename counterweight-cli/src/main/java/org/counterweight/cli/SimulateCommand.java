package org.counterweight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.scenario.ReplayRequest;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.app.scenario.ScenarioTables;
import org.counterweight.app.scenario.SimulationFiles;
import org.counterweight.app.scenario.SimulationRequest;
import org.counterweight.app.scenario.SimulationResult;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.report.Report;
import org.counterweight.report.export.ExportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", description = {"Run a scenario (built-in id or YAML file) and its baseline as Monte Carlo"
        + " ensembles with common random numbers: each state's expenditure equation as select-model chose it, its"
        + " parameters from its admissible draws, and draws from the interventions' ranges. Prints the verdict on"
        + " each claim the scenario tests (supported, contradicted or indeterminate at the 90%% band of the paired"
        + " differences), each actor's spending, threat and security deficit at the horizon (median and 90%% band),"
        + " the scenario-minus-baseline differences, the realignment (ties that flip sign and actors that change"
        + " bloc, share of runs), the ties and blocs at the start and the horizon, and a one-at-a-time sensitivity"
        + " (tornado) table for Pakistan's security deficit.", "Model: docs/models/security-dilemma.md.",
    "Runs and seed: the scenario's unless given."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight simulate caatsa-india --runs 1000 --seed 1",
            "  counterweight simulate my-scenario.yaml --out results/",
            "  counterweight simulate --replay results/"})
final class SimulateCommand extends ServiceCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO_OR_FILE", description = "A built-in scenario"
            + " (see `scenarios`) or a YAML file; not with --replay.")
    String scenario;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Write a run one can hand over into DIR: the scenario"
            + " file as run (scenario.yaml), the settings (settings.json: runs, seed, threads, versions, the hashes"
            + " of the scenario, the case and every dataset), the summary as JSON (summary.json), the bands as CSV"
            + " (SCENARIO-baseline-bands.csv, -scenario-, -difference-) and the alignment paths"
            + " (SCENARIO-alignment-by-year.csv, SCENARIO-alignment-runs.csv).")
    Path out;

    @Option(names = "--replay", paramLabel = "DIR", description = "Run DIR's scenario.yaml with its settings.json"
            + " again and check that every file --out wrote there comes out byte for byte the same (refused when"
            + " the program, the model or the data differ from the settings' hashes). With --out, also write"
            + " the files there.")
    Path replay;

    @Option(names = "--focus", paramLabel = "A", defaultValue = SimulationRequest.DEFAULT_FOCUS,
            description = "The actor whose deficit the tornado explains (default: ${DEFAULT-VALUE}).")
    String focus;

    @Override
    List<Report.Table> run(Workbench workbench) {
        Progress progress = progress(0);
        ScenarioService service = new ScenarioService(workbench);
        if (replay != null) {
            if (scenario != null) {
                throw new InvalidRequestException("replay", "give a scenario or a folder to replay, not both");
            }
            SimulationResult result = service.replay(new ReplayRequest(
                    UserFile.read(replay.resolve(SimulationFiles.SETTINGS)),
                    UserFile.read(replay.resolve(SimulationFiles.SCENARIO))), progress);
            Map<String, String> files = SimulationFiles.of(result);
            if (out != null) {
                write(files);
            }
            return List.of(check(files));
        }
        if (scenario == null) {
            throw new InvalidRequestException("scenario", "give a built-in scenario, a scenario file or --replay DIR");
        }
        boolean file = !ScenarioFileReader.BUNDLED.contains(scenario) && Files.isRegularFile(Path.of(scenario));
        SimulationRequest request = new SimulationRequest(file ? null : scenario,
                file ? UserFile.read(Path.of(scenario)) : null, runOptions.settings(), focus);
        SimulationResult result = service.simulate(request, progress);
        if (out != null) {
            write(SimulationFiles.of(result));
        }
        return ScenarioTables.of(result);
    }

    /** Compares the replayed files with the folder's, byte for byte; fails naming those that differ. */
    private Report.Table check(Map<String, String> files) {
        Report.Table.Builder table = Report.Table.builder("replay", "Replay of " + replay + ": every file compared"
                + " byte for byte", "file", "bytes", "identical");
        List<String> differ = new ArrayList<>();
        files.forEach((name, text) -> {
            byte[] replayed = text.getBytes(StandardCharsets.UTF_8);
            byte[] stored;
            try {
                stored = Files.readAllBytes(replay.resolve(name));
            } catch (IOException e) {
                stored = null;
            }
            boolean same = stored != null && Arrays.equals(stored, replayed);
            if (!same) {
                differ.add(name + (stored == null ? " (missing in " + replay + ")" : ""));
            }
            table.row(name, replayed.length, same ? "yes" : "no");
        });
        if (!differ.isEmpty()) {
            throw new IllegalStateException("the replay differs from " + replay + " in " + String.join(", ", differ));
        }
        return table.build(null);
    }

    private void write(Map<String, String> files) {
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> file : files.entrySet()) {
                ExportFiles.write(out.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("out", "cannot write to " + out + ": " + e);
        }
    }
}
