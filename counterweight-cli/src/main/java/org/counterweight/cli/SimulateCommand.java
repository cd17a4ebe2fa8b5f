package org.counterweight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterweight.core.ensemble.Ensemble;
import org.counterweight.core.ensemble.EnsembleRunner;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.model.Claim;
import org.counterweight.core.scenario.CalibratedActor;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.io.scenario.ScenarioFileReader;
import org.counterweight.store.CaseQueries.ClaimFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", description = {"Run a scenario (built-in id or YAML file) and its baseline as Monte Carlo"
        + " ensembles with common random numbers: parameter draws from the calibration's bootstrap and draws from"
        + " the interventions' ranges. Prints each actor's spending, threat and security deficit at the horizon"
        + " (median and 90% band), the scenario-minus-baseline differences, and a one-at-a-time sensitivity"
        + " (tornado) table for Pakistan's security deficit.", "Model: docs/models/security-dilemma.md."})
final class SimulateCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "SCENARIO_OR_FILE", description = "A built-in scenario (see `scenarios`) or a YAML file.")
    String scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo runs (default: the scenario's).")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Write bands (baseline, scenario, difference) as CSV and the summary as JSON into DIR.")
    Path out;

    @Option(names = "--focus", paramLabel = "A", defaultValue = "PAK", description = "The actor whose deficit the tornado explains (default: ${DEFAULT-VALUE}).")
    String focus;

    @Override
    List<ResultTable> run(Workbench workbench) {
        ScenarioSpec loaded = ScenarioFileReader.load(scenario);
        ScenarioSpec spec = loaded.withRuns(runs != null ? runs : loaded.runs(), seed != null ? seed : loaded.seed());
        if (spec.runs() > 1_000_000) {
            throw new UserInputException("--runs must be at most 1,000,000, got " + spec.runs());
        }
        ScenarioInputs inputs = ScenarioInputs.of(workbench, spec);
        ScenarioSimulation scenarioSimulation = new ScenarioSimulation(spec, inputs.actors(), inputs.path()::at, true);
        ScenarioSimulation baselineSimulation = new ScenarioSimulation(spec.baseline(), inputs.actors(),
                inputs.baselinePath()::at, true);
        EnsembleRunner runner = new EnsembleRunner(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        ProgressBar bar = new ProgressBar(err(), 2L * spec.runs());
        Ensemble baseline = runner.run(baselineSimulation, spec.runs(), spec.seed(), (done, total) -> bar.update(done));
        Ensemble scenarioEnsemble = runner.run(scenarioSimulation, spec.runs(), spec.seed(),
                (done, total) -> bar.update(spec.runs() + done));
        bar.finish();
        ScenarioComparison.Comparison comparison = ScenarioComparison.of(baseline, scenarioEnsemble);
        List<ResultTable> tables = new ArrayList<>();
        tables.add(header(workbench, spec, inputs));
        tables.add(summary(spec, inputs.actors(), comparison));
        if (!spec.interventions().isEmpty() || !spec.withoutAgreements().isEmpty()) {
            tables.add(tornado(spec, inputs, scenarioSimulation));
        }
        if (out != null) {
            write(comparison, spec);
        }
        return tables;
    }

    private ResultTable header(Workbench workbench, ScenarioSpec spec, ScenarioInputs inputs) {
        ResultTable table = new ResultTable(spec.title() + " (" + spec.id() + ", " + spec.startYear() + "-"
                + spec.endYear() + ", " + spec.runs() + " runs, seed " + spec.seed() + ")", "tests", "kind", "quote");
        List<Claim> claims = workbench.cases().claims(new ClaimFilter(null, null, null, spec.caseId()));
        for (String id : spec.cites()) {
            Claim claim = claims.stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new UserInputException("scenario " + spec.id() + " cites " + id
                            + ", which is not a claim of case " + spec.caseId()));
            table.add(id, org.counterweight.core.model.Labels.label(claim.kind()), Evidences.words(claim.evidence().get(0)));
        }
        for (InterventionSpec intervention : spec.interventions()) {
            table.note("intervention: " + ScenariosCommand.describe(intervention) + " (" + intervention.label() + ")");
        }
        if (!spec.withoutAgreements().isEmpty()) {
            table.note("counterfactual record: without " + String.join(", ", spec.withoutAgreements()) + " until "
                    + spec.historicalUntil());
        }
        inputs.notes().forEach(table::note);
        return table;
    }

    private static ResultTable summary(ScenarioSpec spec, List<CalibratedActor> actors,
            ScenarioComparison.Comparison comparison) {
        int last = (int) comparison.baseline().time().length - 1;
        ResultTable table = new ResultTable("At the horizon, " + spec.endYear() + ": median [5%, 95%] over runs; the"
                + " difference is scenario minus baseline, run by run", "actor", "measure", "baseline_median",
                "baseline_p5", "baseline_p95", "scenario_median", "scenario_p5", "scenario_p95", "difference_median",
                "difference_p5", "difference_p95", "share_runs_higher");
        for (CalibratedActor actor : actors) {
            for (String measure : ScenarioSimulation.MEASURES) {
                String name = actor.id() + "." + measure;
                QuantileBands.SeriesBands base = comparison.baseline().series(name);
                QuantileBands.SeriesBands scen = comparison.scenario().series(name);
                QuantileBands.SeriesBands diff = comparison.difference().series(name);
                table.add(actor.id(), measure, round(base.quantile(0.5)[last]), round(base.quantile(0.05)[last]),
                        round(base.quantile(0.95)[last]), round(scen.quantile(0.5)[last]),
                        round(scen.quantile(0.05)[last]), round(scen.quantile(0.95)[last]),
                        round(diff.quantile(0.5)[last]), round(diff.quantile(0.05)[last]),
                        round(diff.quantile(0.95)[last]), round(comparison.shareIncrease(name)[last]));
            }
        }
        table.note("milex and effective: US$ bn (constant 2022); threat: the effective capability of hostile actors,"
                + " weighted by hostility (US$ bn); deficit: threat / own effective capability. Quantiles: type 7.");
        return table;
    }

    private ResultTable tornado(ScenarioSpec spec, ScenarioInputs inputs, ScenarioSimulation simulation) {
        List<CalibratedActor> actors = inputs.actors();
        if (actors.stream().noneMatch(a -> a.id().equals(focus))) {
            throw new UserInputException("--focus " + focus + " is not a calibrated actor of this scenario");
        }
        List<String> names = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        double[][] point = new double[actors.size()][];
        for (int i = 0; i < actors.size(); i++) {
            point[i] = actors.get(i).point();
        }
        for (int i = 0; i < actors.size(); i++) {
            double[] low = inputs.reactionBand(i);
            names.add(actors.get(i).id() + " reaction k");
            ranges.add(low);
        }
        for (InterventionSpec intervention : spec.interventions()) {
            names.add(intervention.label());
            ranges.add(new double[] {intervention.magnitude().low(), intervention.magnitude().high()});
        }
        int parameterCount = names.size();
        double[] base = new double[parameterCount];
        double[] lowValues = new double[parameterCount];
        double[] highValues = new double[parameterCount];
        for (int p = 0; p < parameterCount; p++) {
            lowValues[p] = ranges.get(p)[0];
            highValues[p] = ranges.get(p)[1];
            base[p] = p < actors.size() ? point[p][1] : spec.interventions().get(p - actors.size()).magnitude().mid();
        }
        int focusIndex = actors.stream().map(CalibratedActor::id).toList().indexOf(focus);
        Tornado.Result result = Tornado.of(names, base, lowValues, highValues, values -> {
            double[][] parameters = new double[actors.size()][];
            for (int i = 0; i < actors.size(); i++) {
                parameters[i] = point[i].clone();
                parameters[i][1] = values[i];
            }
            double[] magnitudes = new double[spec.interventions().size()];
            for (int m = 0; m < magnitudes.length; m++) {
                magnitudes[m] = values[actors.size() + m];
            }
            double[] deficit = simulation.runWith(parameters, magnitudes).series(actors.get(focusIndex).id() + ".deficit");
            return deficit[deficit.length - 1];
        });
        ResultTable table = new ResultTable("Sensitivity of " + focus + "'s security deficit in " + spec.endYear()
                + " (one at a time; others at point estimates and mid-ranges; base " + round(result.baseOutput()) + ")",
                "parameter", "low", "high", "deficit_at_low", "deficit_at_high", "swing");
        for (Tornado.Bar bar : result.bars()) {
            table.add(bar.name(), round(bar.low()), round(bar.high()), round(bar.outputLow()), round(bar.outputHigh()),
                    round(bar.swing()));
        }
        table.note("Reaction k ranges: the calibration bootstrap's 5th-95th percentiles (negative values act as 0).");
        return table;
    }

    private void write(ScenarioComparison.Comparison comparison, ScenarioSpec spec) {
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, QuantileBands.Bands> entry : Map.of("baseline", comparison.baseline(), "scenario",
                    comparison.scenario(), "difference", comparison.difference()).entrySet()) {
                Path file = out.resolve(spec.id() + "-" + entry.getKey() + "-bands.csv");
                org.counterweight.report.Report.Table.Builder table = org.counterweight.report.Report.Table.builder(
                        "bands", null, "series", "year", "p5", "p25", "p50", "p75", "p95", "mean", "missing_runs");
                QuantileBands.Bands bands = entry.getValue();
                for (String name : bands.series().keySet()) {
                    QuantileBands.SeriesBands s = bands.series(name);
                    for (int t = 0; t < bands.time().length; t++) {
                        table.row(name, (int) bands.time()[t], s.quantile(0, t), s.quantile(1, t), s.quantile(2, t),
                                s.quantile(3, t), s.quantile(4, t), s.mean()[t], s.missing()[t]);
                    }
                }
                org.counterweight.report.export.TableExport.writeCsv(table.build(null), file);
            }
        } catch (IOException e) {
            throw new UserInputException("cannot write to " + out + ": " + e.getMessage());
        }
    }

    private static Double round(double value) {
        return Double.isNaN(value) ? null : org.counterweight.app.Rounding.round(value, 4);
    }
}
