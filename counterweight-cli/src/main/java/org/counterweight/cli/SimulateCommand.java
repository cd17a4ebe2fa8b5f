package org.counterweight.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.scenario.ScenarioService;
import org.counterweight.app.scenario.ScenarioTables;
import org.counterweight.app.scenario.SimulationRequest;
import org.counterweight.app.scenario.SimulationResult;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.report.Report;
import org.counterweight.report.export.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", description = {"Run a scenario (built-in id or YAML file) and its baseline as Monte Carlo"
        + " ensembles with common random numbers: each state's expenditure equation as select-model chose it, its"
        + " parameters from its admissible draws, and draws from the interventions' ranges. Prints the verdict on"
        + " each claim the scenario tests (supported, contradicted or indeterminate at the 90%% band of the paired"
        + " differences), each actor's spending, threat and security deficit at the horizon (median and 90%% band),"
        + " the scenario-minus-baseline differences, and a one-at-a-time sensitivity (tornado) table for Pakistan's"
        + " security deficit.", "Model: docs/models/security-dilemma.md.",
    "Runs and seed: the scenario's unless given."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight simulate caatsa-india --runs 1000 --seed 1",
            "  counterweight simulate my-scenario.yaml --out results/"})
final class SimulateCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO_OR_FILE", description = "A built-in scenario (see `scenarios`)"
            + " or a YAML file.")
    String scenario;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the bands (baseline, scenario, difference) as"
            + " CSV into DIR: SCENARIO-baseline-bands.csv, SCENARIO-scenario-bands.csv, SCENARIO-difference-bands.csv.")
    Path out;

    @Option(names = "--focus", paramLabel = "A", defaultValue = SimulationRequest.DEFAULT_FOCUS,
            description = "The actor whose deficit the tornado explains (default: ${DEFAULT-VALUE}).")
    String focus;

    @Override
    List<Report.Table> run(Workbench workbench) {
        boolean file = !ScenarioFileReader.BUNDLED.contains(scenario) && Files.isRegularFile(Path.of(scenario));
        SimulationRequest request = new SimulationRequest(file ? null : scenario,
                file ? UserFile.read(Path.of(scenario)) : null, runOptions.settings(), focus);
        ProgressBar bar = new ProgressBar(err());
        SimulationResult result = new ScenarioService(workbench).simulate(request, bar);
        bar.finish();
        if (out != null) {
            write(ScenarioTables.bands(result));
        }
        return ScenarioTables.of(result);
    }

    private void write(List<Report.Table> bands) {
        try {
            for (Report.Table table : bands) {
                TableExport.writeCsv(table, out.resolve(table.id() + ".csv"));
            }
        } catch (UncheckedIOException e) {
            throw new InvalidRequestException("out", "cannot write to " + out + ": " + e.getCause());
        }
    }
}
