package org.counterweight.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.counterweight.core.estimation.Quantiles;
import org.counterweight.core.scenario.CalibratedActor;
import org.counterweight.core.scenario.ScenarioSpec;

/**
 * What a scenario runs on: the calibrated actors (parameters and bootstrap draws from
 * {@link Calibration} over 1990 to SIPRI's last year, levels at the scenario's start year) and the
 * alignment path of the record, with and without the agreements the scenario removes.
 */
record ScenarioInputs(List<CalibratedActor> actors, AlignmentPath path, AlignmentPath baselinePath,
        List<double[]> reactionBands, List<String> notes) {

    /** The calibration window's first year and the backtest split, as `calibrate`'s defaults. */
    static final int CALIBRATION_FROM = 1990;
    static final int CALIBRATION_SPLIT = 2012;
    static final int CALIBRATION_DRAWS = 499;

    /** The calibration scenarios run on: 1990 to SIPRI's last year, bootstrap seeded with {@code seed}. */
    static Calibration.Result calibrate(Workbench workbench, long seed) {
        int last = workbench.datasets().milexReleases().stream().findFirst()
                .orElseThrow(() -> new UserInputException("no SIPRI military expenditure loaded")).lastYear();
        return Calibration.run(workbench, CALIBRATION_FROM, last, CALIBRATION_SPLIT, CALIBRATION_DRAWS, seed);
    }

    static ScenarioInputs of(Workbench workbench, ScenarioSpec spec) {
        return of(workbench, spec, calibrate(workbench, spec.seed()));
    }

    /** The inputs of a scenario from a calibration already made (several scenarios share one). */
    static ScenarioInputs of(Workbench workbench, ScenarioSpec spec, Calibration.Result calibration) {
        int last = calibration.to();
        if (spec.startYear() > last) {
            throw new UserInputException("scenario " + spec.id() + " starts in " + spec.startYear()
                    + ", after the last SIPRI year " + last + ": no starting levels");
        }
        List<CalibratedActor> actors = new ArrayList<>();
        List<double[]> bands = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int truncated = 0;
        for (Calibration.ActorResult result : calibration.actors()) {
            int index = spec.startYear() - calibration.from();
            double level = index >= 0 && index < result.series().level().length ? result.series().level()[index]
                    : Double.NaN;
            String id = result.series().id();
            if (!Double.isFinite(level)) {
                notes.add(id + " left out: no SIPRI expenditure in " + spec.startYear());
                continue;
            }
            var fit = result.parameters();
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
            throw new UserInputException("fewer than two calibrated actors have a level in " + spec.startYear());
        }
        for (String skipped : calibration.skipped()) {
            String id = skipped.substring(0, skipped.indexOf(':'));
            double level = levelAt(workbench, id, spec.startYear());
            if (Double.isFinite(level)) {
                actors.add(new CalibratedActor(id, level, Double.POSITIVE_INFINITY, new double[][] {{0, 0, 0}}));
                bands.add(new double[] {0, 0});
                notes.add(id + " not calibrated (" + skipped.substring(skipped.indexOf(':') + 2)
                        + "): held at its " + spec.startYear() + " level, counting as a partner or a threat");
            } else {
                notes.add("not calibrated and left out: " + skipped);
            }
        }
        notes.add("calibration: SIPRI milex release " + calibration.release() + ", " + calibration.from() + "-"
                + calibration.to() + ", OLS with " + calibration.draws() + " pairs-bootstrap draws (seed " + calibration.seed()
                + "); " + truncated + " parameter rows with negative k or a, used as 0 (see `calibrate`)");
        List<String> ids = actors.stream().map(CalibratedActor::id).toList();
        int pathEnd = spec.historicalUntil() > 0 ? spec.historicalUntil() : spec.startYear();
        AlignmentPath path = AlignmentPath.of(workbench, ids, spec.startYear(), pathEnd, spec.withoutAgreements());
        AlignmentPath baseline = spec.withoutAgreements().isEmpty() ? path
                : AlignmentPath.of(workbench, ids, spec.startYear(), pathEnd, java.util.Set.of());
        return new ScenarioInputs(List.copyOf(actors), path, baseline, List.copyOf(bands), List.copyOf(notes));
    }

    /** SIPRI expenditure of an actor in a year (US$ bn), NaN when there is none. */
    private static double levelAt(Workbench workbench, String id, int year) {
        Integer cow = workbench.directory().byId(id).map(org.counterweight.core.model.Actor::cowCode).orElse(null);
        var release = workbench.datasets().milexReleases().stream().findFirst();
        if (cow == null || release.isEmpty() || !SystemNetwork.exists(id, year)) {
            return Double.NaN;
        }
        return workbench.datasets().milex(release.get().version(), cow, year, year).stream()
                .filter(m -> m.constantUsdMillions().isPresent()).mapToDouble(m -> m.constantUsdMillions().getAsDouble()
                        / 1000).findFirst().orElse(Double.NaN);
    }

    /** The 5th and 95th percentiles of actor i's reaction k over the bootstrap draws (negative as 0). */
    double[] reactionBand(int i) {
        return reactionBands.get(i).clone();
    }
}
