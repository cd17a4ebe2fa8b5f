package org.counterweight.app.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.calibration.ActorParameters;
import org.counterweight.app.calibration.CalibrationResult;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.estimation.Quantiles;
import org.counterweight.core.model.Actor;
import org.counterweight.core.scenario.CalibratedActor;
import org.counterweight.core.scenario.ScenarioSpec;

/**
 * What a scenario runs on: the calibrated actors (parameters and bootstrap draws from the calibration
 * over {@value org.counterweight.app.calibration.CalibrationRequest#DEFAULT_FROM} to SIPRI's last year,
 * levels at the scenario's start year) and the case's alignment path of the record
 * ({@link CaseSnapshot#alignmentPath}), with and without the agreements the scenario removes.
 */
public final class ScenarioInputs {
    /** Bootstrap draws of the calibration scenarios run on. */
    public static final int CALIBRATION_DRAWS = 499;

    private final List<CalibratedActor> actors;
    private final Map<Integer, double[][]> path;
    private final Map<Integer, double[][]> baselinePath;
    private final List<double[]> reactionBands;
    private final List<String> notes;

    private ScenarioInputs(List<CalibratedActor> actors, Map<Integer, double[][]> path,
            Map<Integer, double[][]> baselinePath, List<double[]> reactionBands, List<String> notes) {
        this.actors = List.copyOf(actors);
        this.path = Map.copyOf(path);
        this.baselinePath = Map.copyOf(baselinePath);
        this.reactionBands = List.copyOf(reactionBands);
        this.notes = List.copyOf(notes);
    }

    /**
     * The inputs of a scenario from a calibration (several scenarios share one) and a snapshot of the
     * case over the scenario's record years (its start year to {@code historicalUntil}).
     */
    static ScenarioInputs of(CaseSnapshot snapshot, ScenarioSpec spec, CalibrationResult calibration) {
        int last = calibration.to();
        if (spec.startYear() > last) {
            throw new InvalidRequestException("scenario", "scenario " + spec.id() + " starts in " + spec.startYear()
                    + ", after the last SIPRI year " + last + ": no starting levels");
        }
        List<CalibratedActor> actors = new ArrayList<>();
        List<double[]> bands = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int truncated = 0;
        for (CalibrationResult.ActorResult result : calibration.actors()) {
            int index = spec.startYear() - calibration.from();
            double[] levels = result.series().level();
            double level = index >= 0 && index < levels.length ? levels[index] : Double.NaN;
            String id = result.id();
            if (!Double.isFinite(level)) {
                notes.add(id + " left out: no SIPRI expenditure in " + spec.startYear());
                continue;
            }
            ActorParameters fit = result.parameters();
            double[][] draws = fit.draws();
            double[][] rows = new double[draws.length + 1][];
            rows[0] = new double[] {fit.c(), fit.k(), fit.a()};
            System.arraycopy(draws, 0, rows, 1, draws.length);
            for (double[] row : rows) {
                if (row[1] < 0 || row[2] < 0) {
                    truncated++;
                }
            }
            actors.add(new CalibratedActor(id, level, fit.capacity(), rows));
            double[] k = Arrays.stream(draws).mapToDouble(d -> Math.max(0, d[1])).sorted().toArray();
            bands.add(k.length == 0 ? new double[] {Math.max(0, fit.k()), Math.max(0, fit.k())}
                    : new double[] {Quantiles.type7Sorted(k, 0.05), Quantiles.type7Sorted(k, 0.95)});
        }
        if (actors.size() < 2) {
            throw new InvalidRequestException("scenario", "fewer than two calibrated actors have a level in "
                    + spec.startYear());
        }
        for (CalibrationResult.Skipped skipped : calibration.skipped()) {
            double level = levelAt(snapshot, skipped.id(), spec.startYear());
            if (Double.isFinite(level)) {
                actors.add(new CalibratedActor(skipped.id(), level, Double.POSITIVE_INFINITY,
                        new double[][] {{0, 0, 0}}));
                bands.add(new double[] {0, 0});
                notes.add(skipped.id() + " not calibrated (" + skipped.reason() + "): held at its " + spec.startYear()
                        + " level, counting as a partner or a threat");
            } else {
                notes.add("not calibrated and left out: " + skipped);
            }
        }
        notes.add("calibration: SIPRI milex release " + calibration.release() + ", " + calibration.from() + "-"
                + calibration.to() + ", OLS with " + calibration.draws() + " pairs-bootstrap draws (seed "
                + calibration.seed() + "); " + truncated + " parameter rows with negative k or a, used as 0 (see"
                + " docs/models/calibration.md)");
        List<String> ids = actors.stream().map(CalibratedActor::id).toList();
        int pathEnd = pathEnd(spec);
        Map<Integer, double[][]> path = snapshot.alignmentPath(ids, spec.startYear(), pathEnd,
                spec.withoutAgreements());
        Map<Integer, double[][]> baseline = spec.withoutAgreements().isEmpty() ? path
                : snapshot.alignmentPath(ids, spec.startYear(), pathEnd, Set.of());
        return new ScenarioInputs(actors, path, baseline, bands, notes);
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

    /** The calibrated actors, in the order of the alignment matrices. */
    public List<CalibratedActor> actors() {
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

    /** The 5th and 95th percentiles of actor i's reaction k over the bootstrap draws (negative as 0). */
    public double[] reactionBand(int i) {
        return reactionBands.get(i).clone();
    }

    /** What was left out, held fixed or truncated, for the notes under results. */
    public List<String> notes() {
        return notes;
    }
}
