package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Rounding;
import org.counterweight.app.calibration.CalibrationResult;
import org.counterweight.app.calibration.SelectionResult;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.Model;
import org.counterweight.core.model.Actor;
import org.counterweight.core.scenario.ScenarioSpec;
import org.counterweight.core.scenario.SimulatedActor;

/**
 * What a scenario runs on: each state's expenditure equation as the selection chose it by its
 * out-of-sample record ({@link org.counterweight.app.calibration.SelectionService},
 * {@code docs/models/specifications.md}: the specification, its point estimate and its admissible
 * draws, seeded from the named streams {@code selection/<id>}), levels at the scenario's start year,
 * and the case's alignment path of the record ({@link CaseSnapshot#alignmentPath}), with and without
 * the agreements the scenario removes.
 */
public final class ScenarioInputs {
    /** Admissible parameter draws per state scenarios run on. */
    public static final int SELECTION_DRAWS = 499;

    private final List<SimulatedActor> actors;
    private final Map<Integer, double[][]> path;
    private final Map<Integer, double[][]> baselinePath;
    private final List<String> notes;

    private ScenarioInputs(List<SimulatedActor> actors, Map<Integer, double[][]> path,
            Map<Integer, double[][]> baselinePath, List<String> notes) {
        this.actors = List.copyOf(actors);
        this.path = Map.copyOf(path);
        this.baselinePath = Map.copyOf(baselinePath);
        this.notes = List.copyOf(notes);
    }

    /**
     * The inputs of a scenario from a selection (several scenarios share one) and a snapshot of the
     * case over the scenario's record years (its start year to {@code historicalUntil}).
     */
    static ScenarioInputs of(CaseSnapshot snapshot, ScenarioSpec spec, SelectionResult selection) {
        int last = selection.to();
        int start = spec.startYear();
        if (start > last) {
            throw new InvalidRequestException("scenario", "scenario " + spec.id() + " starts in " + start
                    + ", after the last SIPRI year " + last + ": no starting levels");
        }
        List<SimulatedActor> actors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        snapshot.obligationScope().note().ifPresent(scope -> notes.add("Ties of the record and the threats: " + scope));
        for (SelectionResult.ActorSelection chosen : selection.actors()) {
            if (!(chosen.history().level(start) > 0)) {
                notes.add(chosen.id() + " left out: no SIPRI expenditure in " + start);
                continue;
            }
            List<Model> draws = IntStream.range(0, chosen.draws().size()).mapToObj(chosen.draws()::model).toList();
            actors.add(new SimulatedActor(chosen.id(), chosen.history(), chosen.model(), draws,
                    chosen.draws().rejectionRate(), chosen.evidenceOfReaction(), chosen.statement()));
            notes.add(String.format(Locale.ROOT, "%s; %d admissible draws, %.1f%% of candidates rejected", chosen
                    .statement(), chosen.draws().size(), 100 * chosen.draws().rejectionRate()));
        }
        if (actors.size() < 2) {
            throw new InvalidRequestException("scenario", "fewer than two states with a selected equation have a"
                    + " level in " + start);
        }
        for (CalibrationResult.Skipped skipped : selection.skipped()) {
            double level = levelAt(snapshot, skipped.id(), start);
            if (level > 0) {
                ExpenditureHistory held = new ExpenditureHistory(skipped.id(), start, new double[] {level},
                        new double[] {Double.NaN}, new double[] {Double.NaN}, new double[] {Double.NaN});
                SimulatedActor actor = SimulatedActor.held(held, start, skipped.reason());
                actors.add(actor);
                notes.add(actor.statement() + ", counting as a partner or a threat");
            } else {
                notes.add("no equation and no " + start + " level, left out: " + skipped);
            }
        }
        notes.add("equations: " + ScenarioInputs.describe(selection) + "; GDP after its last observed year grows at"
                + " its observed mean log growth (used only by equations with GDP terms; see"
                + " docs/models/security-dilemma.md)");
        List<String> ids = actors.stream().map(SimulatedActor::id).toList();
        int pathEnd = pathEnd(spec);
        Map<Integer, double[][]> path = snapshot.alignmentPath(ids, start, pathEnd, spec.withoutAgreements());
        Map<Integer, double[][]> baseline = spec.withoutAgreements().isEmpty() ? path
                : snapshot.alignmentPath(ids, start, pathEnd, Set.of());
        if (!spec.withoutAgreements().isEmpty()) {
            notes.add(counterfactual(snapshot, spec));
            notes.add(recordChanges(ids, path, baseline, start, pathEnd));
        }
        return new ScenarioInputs(actors, path, baseline, notes);
    }

    /**
     * Which years the counterfactual record covers and what it leaves out, each agreement with the year it
     * was signed: "counterfactual record: the alignments of 2002-2023 (the record the simulation replays)
     * without us-ind-gsomia (signed 2002), ...; from 2024 to the horizon, 2032, the simulation carries on
     * from its 2023 ties".
     */
    static String counterfactual(CaseSnapshot snapshot, ScenarioSpec spec) {
        int start = spec.startYear();
        int end = pathEnd(spec);
        List<String> without = new ArrayList<>();
        for (String id : spec.withoutAgreements()) {
            without.add(id + snapshot.agreements().stream().filter(a -> a.id().equals(id) && a.signed() != null)
                    .findFirst().map(a -> " (signed " + a.signed().year() + ")").orElse(""));
        }
        return "counterfactual record: the alignments of " + (end == start ? String.valueOf(start) : start + "-" + end)
                + " (the record the simulation replays) without " + String.join(", ", without)
                + (end < spec.endYear() ? "; from " + (end + 1) + " to the horizon, " + spec.endYear()
                        + ", the simulation carries on from its " + end + " ties" : "");
    }

    /**
     * What leaving the agreements out of the record changes: each tie that differs from the baseline's
     * record, with its years and weights, or that none does (other evidence of the same ties outweighs
     * them: a tie's weight is its evidence's net total capped at 1, {@code SignRules}).
     */
    static String recordChanges(List<String> ids, Map<Integer, double[][]> path, Map<Integer, double[][]> baseline,
            int from, int to) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                int first = 0;
                int last = 0;
                String weights = "";
                for (int year = from; year <= to; year++) {
                    double scenario = path.get(year)[i][j];
                    double record = baseline.get(year)[i][j];
                    if (scenario != record) {
                        first = first == 0 ? year : first;
                        last = year;
                        weights = Rounding.round(record, 4) + " -> " + Rounding.round(scenario, 4);
                    }
                }
                if (first > 0) {
                    changes.add(ids.get(i) + "-" + ids.get(j) + " in " + (first == last ? first : first + "-" + last)
                            + " (" + last + ": " + weights + ")");
                }
            }
        }
        return changes.isEmpty() ? "counterfactual record: leaving the agreements out changes no tie in " + from + "-"
                + to + ": other evidence of the same ties keeps their weights (a tie's weight is its evidence's net"
                + " total, capped at 1), so the scenario differs from its baseline only through its interventions"
                : "counterfactual record changes, baseline -> scenario: " + String.join("; ", changes);
    }

    private static String describe(SelectionResult selection) {
        return "selected by rolling-origin out-of-sample record, SIPRI milex release " + selection.release()
                + ", estimated on " + selection.from() + "-" + selection.to() + ", " + selection.draws() + " admissible draws per state"
                + " (seed " + selection.seed() + ", streams selection/<id>; docs/models/specifications.md)";
    }

    /** The last year of a scenario's record: {@code historicalUntil}, or the start year when it is 0. */
    static int pathEnd(ScenarioSpec spec) {
        return spec.historicalUntil() > 0 ? spec.historicalUntil() : spec.startYear();
    }

    /** SIPRI expenditure of a case state in a year (US$ bn), NaN when there is none. */
    private static double levelAt(CaseSnapshot snapshot, String id, int year) {
        Actor actor = snapshot.actor(id).orElseThrow();
        return snapshot.milexValue(actor, year).map(m -> m.constantUsdMillions().getAsDouble() / 1000)
                .orElse(Double.NaN);
    }

    /** The simulated actors, in the order of the alignment matrices. */
    public List<SimulatedActor> actors() {
        return actors;
    }

    /** The alignment matrix of a record year, with the agreements the scenario removes left out (a copy). */
    public double[][] alignment(int year) {
        return copy(path, year);
    }

    /** The alignment matrix of a record year as the record has it, for the baseline (a copy). */
    public double[][] baselineAlignment(int year) {
        return copy(baselinePath, year);
    }

    private static double[][] copy(Map<Integer, double[][]> path, int year) {
        double[][] w = path.get(year);
        if (w == null) {
            throw new IllegalArgumentException("no alignment for " + year + "; the record covers "
                    + path.keySet().stream().sorted().toList());
        }
        double[][] copy = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            copy[i] = w[i].clone();
        }
        return copy;
    }

    /**
     * Actor i's draws ordered by what the sensitivity varies: the reaction to threat where its
     * equation has one, else its first coefficient (the drift's μ); as indices into its draws.
     */
    int[] drawsByKey(int i) {
        List<Model> draws = actors.get(i).draws();
        double[] keys = draws.stream().mapToDouble(ScenarioInputs::key).toArray();
        return IntStream.range(0, keys.length).boxed().sorted(Comparator.comparingDouble(d -> keys[d]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The value the sensitivity varies for an equation: its reaction, else its first coefficient. */
    static double key(Model model) {
        double reaction = model.reaction();
        return Double.isFinite(reaction) ? reaction : model.coefficients()[0];
    }

    /** The name of {@link #key} for actor i. */
    String keyName(int i) {
        Model point = actors.get(i).point();
        return Double.isFinite(point.reaction()) ? "reaction (" + point.specification().reactionMeaning() + ")"
                : point.names().get(0);
    }

    /** What each state's equation is, what was left out or held, for the notes under results. */
    public List<String> notes() {
        return notes;
    }

    /** Each simulated state's statement ("PAK: drift, no evidence of reaction"), in the actors' order. */
    public List<String> statements() {
        return actors.stream().map(SimulatedActor::statement).toList();
    }
}
