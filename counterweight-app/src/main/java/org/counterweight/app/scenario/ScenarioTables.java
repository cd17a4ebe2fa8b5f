package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.EvidenceText;
import org.counterweight.app.Rounding;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;

import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.ScenarioSimulation;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.scenario.SimulatedActor;
import org.counterweight.core.scenario.Verdict;
import org.counterweight.report.Report;

/**
 * The tables of scenarios: the list of built-in scenarios; a {@link SimulationResult}'s claims tested,
 * their verdicts, horizon comparison and sensitivity; and its bands year by year. Every table that
 * depends on the states' equations notes each state's ("PAK: drift, no evidence of reaction").
 */
public final class ScenarioTables {
    private ScenarioTables() {
    }

    /** The scenarios: what each changes, when, by how much, and which claims it tests. */
    public static Report.Table list(List<ScenarioSpec> specs) {
        Report.Table.Builder table = Report.Table.builder("scenarios", null, "scenario", "title", "period",
                "interventions", "tests");
        for (ScenarioSpec spec : specs) {
            table.row(spec.id(), spec.title(), spec.startYear() + "-" + spec.endYear(),
                    spec.interventions().stream().map(ScenarioTables::describe).reduce((a, b) -> a + "; " + b)
                            .orElse(spec.withoutAgreements().isEmpty() ? "none"
                                    : "record without " + String.join(", ", spec.withoutAgreements())),
                    String.join(" ", spec.cites()));
        }
        return table.build(null);
    }

    /** The claims tested, their verdicts, the horizon comparison and, when computed, the sensitivity. */
    public static List<Report.Table> of(SimulationResult result) {
        List<Report.Table> tables = new ArrayList<>();
        tables.add(tested(result));
        tables.add(verdicts(result.spec(), result.verdicts(), result.inputs().statements()));
        tables.add(horizon(result));
        result.sensitivity().ifPresent(s -> tables.add(sensitivity(result, s)));
        return tables;
    }

    /** The scenario's title and settings, the claims it tests with their quotes, and how it was set up. */
    public static Report.Table tested(SimulationResult result) {
        ScenarioSpec spec = result.spec();
        Report.Table.Builder table = Report.Table.builder("scenario-tests", spec.title() + " (" + spec.id() + ", "
                + spec.startYear() + "-" + spec.endYear() + ", " + spec.runs() + " runs, seed " + spec.seed() + ")",
                "tests", "kind", "quote");
        for (Claim claim : result.tested()) {
            Evidence evidence = claim.evidence().get(0);
            table.row(claim.id(), Labels.label(claim.kind()), EvidenceText.of(evidence));
        }
        for (InterventionSpec intervention : spec.interventions()) {
            table.note("intervention: " + describe(intervention) + " (" + intervention.label() + ")");
        }
        if (!spec.withoutAgreements().isEmpty()) {
            table.note("counterfactual record: without " + String.join(", ", spec.withoutAgreements()) + " until "
                    + spec.historicalUntil());
        }
        result.inputs().notes().forEach(table::note);
        return table.build(null);
    }

    /**
     * Each tested claim's verdict: the expected direction of a measure's scenario-minus-baseline
     * difference at the horizon against the central 90% of the paired differences ({@link Verdict}).
     *
     * @param statements each simulated state's equation and evidence, noted under the table
     */
    public static Report.Table verdicts(ScenarioSpec spec, List<Verdict> verdicts, List<String> statements) {
        Report.Table.Builder table = Report.Table.builder("scenario-verdicts", "Verdicts at the horizon, "
                + spec.endYear() + " (" + spec.id() + "): scenario minus baseline, paired run by run", "claim",
                "measure", "expect", "verdict", "difference_p5", "difference_median", "difference_p95",
                "share_runs_expected");
        for (Verdict verdict : verdicts) {
            table.row(verdict.test().claim(), verdict.test().series(), verdict.test().expect().label(),
                    verdict.outcome().label(), round(verdict.p05()), round(verdict.median()), round(verdict.p95()),
                    round(verdict.shareExpected()));
        }
        if (verdicts.isEmpty()) {
            table.note("The scenario states no test (tests: in its file), so no claim is judged.");
        }
        table.note("supported: the 5%-95% band of the paired differences lies on the expected side of 0 (strictly);"
                + " contradicted: on the other side; indeterminate: the band contains 0. share_runs_expected: the share"
                + " of runs whose difference has the expected sign.");
        statements.forEach(table::note);
        return table.build(null);
    }

    /** Every actor's measures at the horizon under the baseline and the scenario, and their paired difference. */
    public static Report.Table horizon(SimulationResult result) {
        ScenarioComparison.Comparison comparison = result.comparison();
        int last = comparison.baseline().time().length - 1;
        Report.Table.Builder table = Report.Table.builder("scenario-horizon", "At the horizon, "
                + result.spec().endYear() + ": median [5%, 95%] over runs; the difference is scenario minus baseline,"
                + " run by run", "actor", "measure", "baseline_median", "baseline_p5", "baseline_p95",
                "scenario_median", "scenario_p5", "scenario_p95", "difference_median", "difference_p5",
                "difference_p95", "share_runs_higher");
        for (SimulatedActor actor : result.inputs().actors()) {
            for (String measure : ScenarioSimulation.MEASURES) {
                String name = actor.id() + "." + measure;
                QuantileBands.SeriesBands base = comparison.baseline().series(name);
                QuantileBands.SeriesBands scen = comparison.scenario().series(name);
                QuantileBands.SeriesBands diff = comparison.difference().series(name);
                table.row(actor.id(), measure, round(base.quantile(0.5)[last]), round(base.quantile(0.05)[last]),
                        round(base.quantile(0.95)[last]), round(scen.quantile(0.5)[last]),
                        round(scen.quantile(0.05)[last]), round(scen.quantile(0.95)[last]),
                        round(diff.quantile(0.5)[last]), round(diff.quantile(0.05)[last]),
                        round(diff.quantile(0.95)[last]), round(comparison.shareIncrease(name)[last]));
            }
        }
        table.note("milex and effective: US$ bn (constant 2022); threat: the effective capability of hostile"
                + " actors, weighted by hostility (US$ bn); deficit: threat / own effective capability. Quantiles:"
                + " type 7.");
        result.inputs().statements().forEach(table::note);
        return table.build(null);
    }

    /** The one-at-a-time sensitivity of the focus actor's deficit at the horizon. */
    public static Report.Table sensitivity(SimulationResult result, Tornado.Result tornado) {
        Report.Table.Builder table = Report.Table.builder("scenario-sensitivity", "Sensitivity of " + result.focus()
                + "'s security deficit in " + result.spec().endYear() + " (one at a time; others at point estimates"
                + " and mid-ranges; base " + round(tornado.baseOutput()) + ")", "parameter", "low", "high",
                "deficit_at_low", "deficit_at_high", "swing");
        for (Tornado.Bar bar : tornado.bars()) {
            table.row(bar.name(), round(bar.low()), round(bar.high()), round(bar.outputLow()), round(bar.outputHigh()),
                    round(bar.swing()));
        }
        table.note("Each state's equation moves between its admissible draws at the 5th and 95th percentiles of"
                + " its reaction (of mu for the drift: no reaction term); interventions over their ranges.");
        result.inputs().statements().forEach(table::note);
        return table.build(null);
    }

    /**
     * The bands of every series year by year, for the baseline, the scenario and their difference, in
     * that order; each table's id is the scenario's id and the name ({@code caatsa-india-baseline-bands}).
     */
    public static List<Report.Table> bands(SimulationResult result) {
        ScenarioComparison.Comparison comparison = result.comparison();
        Map<String, QuantileBands.Bands> all = new LinkedHashMap<>();
        all.put("baseline", comparison.baseline());
        all.put("scenario", comparison.scenario());
        all.put("difference", comparison.difference());
        List<Report.Table> tables = new ArrayList<>();
        all.forEach((name, bands) -> {
            Report.Table.Builder table = Report.Table.builder(result.spec().id() + "-" + name + "-bands", null,
                    "series", "year", "p5", "p25", "p50", "p75", "p95", "mean", "missing_runs");
            for (String series : bands.series().keySet()) {
                QuantileBands.SeriesBands s = bands.series(series);
                for (int t = 0; t < bands.time().length; t++) {
                    table.row(series, (int) bands.time()[t], s.quantile(0, t), s.quantile(1, t), s.quantile(2, t),
                            s.quantile(3, t), s.quantile(4, t), s.mean()[t], s.missing()[t]);
                }
            }
            tables.add(table.build(null));
        });
        return tables;
    }

    private static String describe(InterventionSpec intervention) {
        return intervention.time() + " " + intervention.kind().label() + " " + intervention.a()
                + (intervention.b() == null ? "" : "-" + intervention.b()) + " " + intervention.magnitude();
    }

    private static Double round(double value) {
        return Double.isNaN(value) ? null : Rounding.round(value, 4);
    }
}
