package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterweight.app.EvidenceText;
import org.counterweight.app.Rounding;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.ensemble.ScenarioComparison;
import org.counterweight.core.ensemble.Tornado;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.scenario.AlignmentPath;
import org.counterweight.core.scenario.AlignmentSummary;
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
        tables.add(realignment(result));
        tables.add(ties(result));
        tables.add(blocs(result));
        result.sensitivity().ifPresent(s -> tables.add(sensitivity(result, s)));
        return tables;
    }

    /** The scenario's title and settings, the claims it tests with their quotes, and how it was set up. */
    public static Report.Table tested(SimulationResult result) {
        ScenarioSpec spec = result.spec();
        Report.Table.Builder table = Report.Table.builder("scenario-tests", spec.title() + " (" + spec.id()
                + "; simulated " + spec.startYear() + "-" + spec.endYear() + (spec.historicalUntil() > spec.startYear()
                        ? ", alignments replayed from the record to " + spec.historicalUntil() : "") + "; "
                + spec.runs() + " runs, seed " + spec.seed() + ")", "tests", "kind", "quote");
        for (Claim claim : result.tested()) {
            Evidence evidence = claim.evidence().get(0);
            table.row(claim.id(), Labels.label(claim.kind()), EvidenceText.of(evidence));
        }
        for (InterventionSpec intervention : spec.interventions()) {
            table.note("intervention: " + describe(intervention) + " (" + intervention.label() + ")");
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
        for (Verdict verdict : verdicts) {
            if (verdict.p05() == 0 && verdict.p95() == 0) {
                table.note(verdict.test().claim() + ": the difference in " + verdict.test().series() + " is 0 in at"
                        + " least 90% of runs: the scenario changes nothing this measure depends on, so the model"
                        + " cannot judge the claim (see the counterfactual record and interventions above)");
            }
        }
        table.note("supported: the 5%-95% band of the paired differences lies on the expected side of 0 (strictly);"
                + " contradicted: on the other side; indeterminate: the band contains 0; not-computed: no run reached the"
                + " horizon (see the notes of the horizon table). share_runs_expected: the share of runs whose difference"
                + " has the expected sign, among the runs that reached the horizon.");
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
        stoppedRuns(result, last).ifPresent(table::note);
        table.note("milex and effective: US$ bn (constant 2022); threat: the effective capability of hostile"
                + " actors, weighted by hostility (US$ bn); deficit: threat / own effective capability. Quantiles:"
                + " type 7.");
        result.inputs().statements().forEach(table::note);
        return table.build(null);
    }

    /**
     * How many runs of each ensemble stopped before the horizon (their expenditure missing there), or
     * nothing when every run reached it: a run stops where an equation cannot be evaluated, and its
     * years from there are missing, never 0 ({@link ScenarioSimulation}).
     */
    private static Optional<String> stoppedRuns(SimulationResult result, int last) {
        int runs = result.spec().runs();
        int baseline = 0;
        int scenario = 0;
        for (SimulatedActor actor : result.inputs().actors()) {
            String name = actor.id() + ".milex";
            baseline = Math.max(baseline, result.comparison().baseline().series(name).missing()[last]);
            scenario = Math.max(scenario, result.comparison().scenario().series(name).missing()[last]);
        }
        if (baseline == 0 && scenario == 0) {
            return Optional.empty();
        }
        return Optional.of("Runs that stopped before the horizon: " + baseline + " of " + runs + " in the baseline, "
                + scenario + " of " + runs + " in the scenario. A run stops in the year an equation cannot be"
                + " evaluated (a logged threat or hostility at 0, or no convergence); its later years are missing, never"
                + " 0, and the quantiles are over the runs that reached each year (missing_runs in the bands table).");
    }

    /** The columns of a realignment table, after any leading ones. */
    public static final List<String> REALIGNMENT_COLUMNS = List.of("item", "kind", "start", "baseline_share_horizon",
            "scenario_share_horizon", "scenario_share_most", "scenario_majority_from");

    /**
     * The ties that flip sign and the actors that change bloc in some run, with the share of runs in
     * which they do at the horizon and at most, against the baseline's start year.
     */
    public static Report.Table realignment(SimulationResult result) {
        Report.Table.Builder table = Report.Table.builder("scenario-realignment", "Realignment against "
                + result.spec().startYear() + " (the baseline's start year): share of runs with a tie's sign flipped"
                + " or an actor in the other bloc", REALIGNMENT_COLUMNS.toArray(String[]::new));
        List<ScenarioAlignment.Realignment> rows = result.alignment().realignments();
        rows.forEach(r -> table.row(realignmentCells(r).toArray()));
        if (rows.isEmpty()) {
            table.note("No tie flips sign and no actor changes bloc in any run of either ensemble.");
        }
        return table.note(REALIGNMENT_NOTE).build(null);
    }

    /** What a realignment table's columns mean. */
    public static final String REALIGNMENT_NOTE = "Blocs: the exact balance partition of the ties' signs (as"
            + " `balance`), compared with the start year's under the mirror image that moves fewer actors; an actor"
            + " without ties sits in the first bloc. start: the tie's signed weight, or the actor's bloc partners."
            + " scenario_majority_from: the first year at least half the scenario's runs have it (0: none).";

    /** A realignment's cells, in {@link #REALIGNMENT_COLUMNS}' order. */
    public static List<Object> realignmentCells(ScenarioAlignment.Realignment r) {
        return List.of(r.item(), r.kind(), r.start(), round(r.baseline()), round(r.scenario()), round(r.most()),
                r.firstMajor());
    }

    /**
     * Every tie with a weight at the start or in some run at the horizon: its weight then under the
     * baseline and the scenario (median and 90% band) and the share of the scenario's runs flipped.
     */
    public static Report.Table ties(SimulationResult result) {
        ScenarioComparison.Comparison comparison = result.comparison();
        AlignmentSummary scenario = result.alignment().scenario();
        List<String> actors = scenario.actors();
        int last = scenario.years() - 1;
        Report.Table.Builder table = Report.Table.builder("scenario-ties", "Ties at the start and at the horizon, "
                + result.spec().endYear() + ": signed weight, median [5%, 95%] over runs", "tie", "start",
                "baseline_median", "baseline_p5", "baseline_p95", "scenario_median", "scenario_p5", "scenario_p95",
                "scenario_share_flipped", "scenario_share_sign_changed");
        List<int[]> pairs = AlignmentPath.pairs(actors.size());
        for (int p = 0; p < pairs.size(); p++) {
            String a = actors.get(pairs.get(p)[0]);
            String b = actors.get(pairs.get(p)[1]);
            String series = ScenarioSimulation.tieSeries(a, b);
            QuantileBands.SeriesBands base = comparison.baseline().series(series);
            QuantileBands.SeriesBands scen = comparison.scenario().series(series);
            boolean any = scenario.referenceTies()[p] != 0 || base.quantile(0.05)[last] != 0
                    || base.quantile(0.95)[last] != 0 || scen.quantile(0.05)[last] != 0
                    || scen.quantile(0.95)[last] != 0;
            if (any) {
                table.row(a + "-" + b, round(scenario.referenceTies()[p]), round(base.quantile(0.5)[last]),
                        round(base.quantile(0.05)[last]), round(base.quantile(0.95)[last]),
                        round(scen.quantile(0.5)[last]), round(scen.quantile(0.05)[last]),
                        round(scen.quantile(0.95)[last]), round(scenario.flipped()[p][last]),
                        round(scenario.changed()[p][last]));
            }
        }
        return table.note("Weights in [-1, 1] as each run's state held them (the record, the interventions and any"
                + " drift). A sign change also counts a tie made or ended; a flip only + to - or - to +.")
                .build(null);
    }

    /**
     * Year by year, the commonest exact balance partition of each ensemble and the scenario's commonest
     * landscape minimum, each with its share of runs: the first year, every year where one of them
     * changes, and the horizon.
     */
    public static Report.Table blocs(SimulationResult result) {
        AlignmentSummary base = result.alignment().baseline();
        AlignmentSummary scen = result.alignment().scenario();
        Report.Table.Builder table = Report.Table.builder("scenario-blocs", "Blocs by year: the commonest exact"
                + " balance partition and landscape minimum, with their share of runs", "year", "baseline_blocs",
                "baseline_share", "scenario_blocs", "scenario_share", "scenario_landscape_minimum",
                "scenario_landscape_share");
        int years = scen.years();
        for (int t = 0; t < years; t++) {
            boolean changes = t == 0 || t == years - 1 || base.modalPartition()[t] != base.modalPartition()[t - 1]
                    || scen.modalPartition()[t] != scen.modalPartition()[t - 1]
                    || scen.modalMinimum()[t] != scen.modalMinimum()[t - 1];
            if (changes) {
                table.row(scen.firstYear() + t, base.describe(base.modalPartition()[t]),
                        round(base.partitionShare()[t]), scen.describe(scen.modalPartition()[t]),
                        round(scen.partitionShare()[t]), scen.describe(scen.modalMinimum()[t]),
                        round(scen.minimumShare()[t]));
            }
        }
        return table.note("Landscape minimum: Axelrod and Bennett's energy with the ties as propensities and each"
                + " run's military expenditure of the year as sizes (`landscape` uses NMC CINC of the record); a run"
                + " in which some actor's expenditure is missing that year (its equation could not be evaluated) has"
                + " none, and counts in the share's denominator.")
                .build(null);
    }

    /**
     * The alignment paths for a run's files: by ensemble and year, every tie's share of runs flipped
     * and changed with its weight's bands, and every actor's share of runs in the other bloc.
     */
    public static Report.Table alignmentByYear(SimulationResult result) {
        ScenarioComparison.Comparison comparison = result.comparison();
        Report.Table.Builder table = Report.Table.builder(result.spec().id() + "-alignment-by-year", null,
                "ensemble", "item", "kind", "year", "share_flipped_or_moved", "share_sign_changed", "weight_p5",
                "weight_p50", "weight_p95");
        ensembles(result.alignment()).forEach((name, summary) -> {
            QuantileBands.Bands bands = name.equals("baseline") ? comparison.baseline() : comparison.scenario();
            List<String> actors = summary.actors();
            List<int[]> pairs = AlignmentPath.pairs(actors.size());
            for (int p = 0; p < pairs.size(); p++) {
                String a = actors.get(pairs.get(p)[0]);
                String b = actors.get(pairs.get(p)[1]);
                QuantileBands.SeriesBands weight = bands.series(ScenarioSimulation.tieSeries(a, b));
                for (int t = 0; t < summary.years(); t++) {
                    table.row(name, a + "-" + b, "tie", summary.firstYear() + t, summary.flipped()[p][t],
                            summary.changed()[p][t], weight.quantile(0.05)[t], weight.quantile(0.5)[t],
                            weight.quantile(0.95)[t]);
                }
            }
            for (int i = 0; i < actors.size(); i++) {
                for (int t = 0; t < summary.years(); t++) {
                    table.row(name, actors.get(i), "actor", summary.firstYear() + t, summary.moved()[i][t], null, null,
                            null, null);
                }
            }
        });
        return table.build(null);
    }

    /**
     * Every run's alignment path: by ensemble, run and year, the exact balance partition, its
     * frustration, the landscape minimum and every tie's signed weight.
     */
    public static Report.Table alignmentRuns(SimulationResult result) {
        AlignmentSummary first = result.alignment().baseline();
        List<String> actors = first.actors();
        List<String> columns = new ArrayList<>(List.of("ensemble", "run", "year", "blocs", "frustration",
                "landscape_minimum"));
        List<int[]> pairs = AlignmentPath.pairs(actors.size());
        pairs.forEach(p -> columns.add(ScenarioSimulation.tieSeries(actors.get(p[0]), actors.get(p[1]))));
        Report.Table.Builder table = Report.Table.builder(result.spec().id() + "-alignment-runs", null,
                columns.toArray(String[]::new));
        ensembles(result.alignment()).forEach((name, summary) -> {
            for (int r = 0; r < summary.paths().size(); r++) {
                AlignmentPath path = summary.paths().get(r);
                for (int t = 0; t < summary.years(); t++) {
                    List<Object> row = new ArrayList<>(List.of(name, r, path.firstYear() + t,
                            path.describe(path.partition()[t]), path.frustration()[t],
                            path.describe(path.landscapeMinimum()[t])));
                    for (double w : path.ties()[t]) {
                        row.add(w);
                    }
                    table.row(row.toArray());
                }
            }
        });
        return table.build(null);
    }

    /** The baseline's and the scenario's alignment summaries by name, in that order. */
    private static Map<String, AlignmentSummary> ensembles(ScenarioAlignment alignment) {
        Map<String, AlignmentSummary> summaries = new LinkedHashMap<>();
        summaries.put("baseline", alignment.baseline());
        summaries.put("scenario", alignment.scenario());
        return summaries;
    }

    /** The one-at-a-time sensitivity of the focus actor's deficit at the horizon. */
    public static Report.Table sensitivity(SimulationResult result, Tornado.Result tornado) {
        Report.Table.Builder table = Report.Table.builder("scenario-sensitivity", "Sensitivity of " + result.focus()
                + "'s security deficit in " + result.spec().endYear() + " (one at a time; others at point estimates"
                + " and mid-ranges; base " + round(tornado.baseOutput()) + ")", "parameter", "low", "high",
                "deficit_at_low", "deficit_at_high", "largest_change");
        for (Tornado.Bar bar : tornado.bars()) {
            table.row(bar.name(), round(bar.low()), round(bar.high()), round(bar.outputLow()), round(bar.outputHigh()),
                    round(bar.largestChange()));
        }
        table.note(Tornado.definition("deficit"));
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
