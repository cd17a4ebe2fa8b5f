package org.counterweight.app.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.dynamics.AlignmentDynamics;
import org.counterweight.core.ensemble.Seeds;
import org.counterweight.core.estimation.Backtest;
import org.counterweight.core.estimation.Bootstrap;
import org.counterweight.core.estimation.GrangerCausality;
import org.counterweight.core.estimation.RichardsonRegression;

/**
 * Calibrates the arms equation of the security-dilemma model to history: each of the case's states
 * with SIPRI military expenditure reacts to the threat it faced, built from the case's alignment path
 * exactly as {@link AlignmentDynamics#threat} defines it.
 *
 * <p>Data. x_i(t): SIPRI military expenditure, constant 2022 US$, in US$ bn (the newest release in
 * the store). The system is the case's states with at least one SIPRI figure in the window; states
 * the SIPRI extract does not cover at all are outside it (their capability adds nothing to anyone's
 * threat: a stated undercount, listed in the result). COW 365 is the Soviet Union to 1991 and Russia
 * from 1992 ({@link CaseSnapshot#exists}); a state has no level in years it does not exist, nor where
 * SIPRI lists two figures under its code. w_ij(t): {@link CaseSnapshot#alignment} of the states
 * existing in t. T_i(t) = sum_{j: w_ij &lt; 0} |w_ij| E_j, E_j = x_j + sum_{k: w_jk &gt; 0} w_jk x_k,
 * computed by {@link AlignmentDynamics#threat}; T_i(t) is NaN when any level it needs is missing,
 * and such years are dropped by the estimators, never filled.
 *
 * <p>Estimators, per actor, side by side: OLS of Richardson's difference equation (Richardson 1960;
 * Dunne &amp; Smith 2007) with the threat as the rival ({@link RichardsonRegression}); a pairs
 * bootstrap of the same regression with 95% percentile intervals (Efron &amp; Tibshirani 1993,
 * An Introduction to the Bootstrap, Chapman &amp; Hall; {@link Bootstrap}); Granger causality between
 * the first differences of x_i and T_i, both directions, 1 and 2 lags (Granger 1969); the backtest
 * against persistence ({@link Backtest}). Plus the India-Pakistan dyad on each other's expenditure.
 * Nothing is tuned: the window, split and seed are the caller's.
 *
 * <p>Randomness: actor i's bootstrap draws from the stream named {@code bootstrap/<id>} of the seed
 * ({@link Seeds#generator(long, String)}, the one seeding scheme; see
 * {@link org.counterweight.app.RunSettings}), so an actor's draws depend only on the seed, its id and
 * its data, not on which other actors are estimated.
 */
public final class CalibrationService {
    /** Bootstrap interval coverage. */
    public static final double LEVEL = 0.95;
    /** Fewest usable yearly changes for an actor to be estimated (3 coefficients plus room for residuals). */
    public static final int MIN_CHANGES = 8;
    /** The prefix of the name of an actor's bootstrap stream ({@code bootstrap/PAK}). */
    public static final String BOOTSTRAP_STREAM = "bootstrap/";
    /** The stages {@link #calibrate(CalibrationRequest, Progress)} tells. */
    public static final int STAGES = 2;

    private final Workbench workbench;

    public CalibrationService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Calibrates every state of the case with SIPRI figures in the window. */
    public CalibrationResult calibrate(CalibrationRequest request) {
        return calibrate(request, Progress.NONE);
    }

    /**
     * As {@link #calibrate(CalibrationRequest)}, telling {@code progress} its {@value #STAGES} stages: reading
     * the series, then fitting the states, one step per state.
     */
    public CalibrationResult calibrate(CalibrationRequest request, Progress progress) {
        try (UnitOfWork work = workbench.begin()) {
            return calibrate(work, request, progress);
        }
    }

    /** As {@link #calibrate(CalibrationRequest, Progress)}, within the unit of work it opened. */
    private CalibrationResult calibrate(UnitOfWork work, CalibrationRequest request, Progress progress) {
        SystemSeries.Window window = SystemSeries.window(work, request.years(), "calibration");
        int from = window.from();
        int to = window.to();
        validate(from, to, request.split());
        SystemSeries system = SystemSeries.read(work, request.caseId(), window, request.without(), request.carry(),
                request.obligations(), progress);
        List<String> ids = system.ids();
        List<double[]> levels = system.level();
        List<CalibrationResult.ActorResult> results = new ArrayList<>();
        List<CalibrationResult.Skipped> skipped = new ArrayList<>();
        progress.stage("fitting each state: OLS, " + request.bootstrapDraws() + " bootstrap draws, Granger tests,"
                + " backtests", ids.size(), "states");
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                progress.advanced(i, ids.get(i));
            }
            CalibrationResult.Series series = system.series(i);
            RichardsonRegression.Estimate ols = RichardsonRegression.fit(from, series.level(), series.threat());
            if (!ols.ok()) {
                skipped.add(new CalibrationResult.Skipped(ids.get(i), Arrays.stream(series.threat())
                        .filter(Double::isFinite).allMatch(v -> v == 0)
                        ? "faces no threat in the window (no hostile tie), so k is not identified"
                        : ols.fit().problem()));
            } else if (ols.years().length < MIN_CHANGES) {
                skipped.add(new CalibrationResult.Skipped(ids.get(i), ols.years().length + " usable years (needs "
                        + MIN_CHANGES + ")"));
            } else {
                results.add(estimate(series, ols, request.split(), request.bootstrapDraws(), request.seed()));
            }
        }
        progress.advanced(ids.size(), null);
        if (results.isEmpty()) {
            throw new InvalidRequestException("from", "no actor has " + MIN_CHANGES + " usable years in " + from + "-"
                    + to + ": " + skipped);
        }
        return new CalibrationResult(request.caseId(), window.release(), from, to, request.split(),
                request.bootstrapDraws(), request.seed(), ids, system.outside(), system.without(),
                request.obligations(), results, skipped, dyad(ids, levels, from));
    }

    private static void validate(int from, int to, int split) {
        if (split < from + MIN_CHANGES || split >= to) {
            throw new InvalidRequestException("split", "the split year " + split + " must leave at least "
                    + MIN_CHANGES + " years to fit after " + from + " and one year to forecast before " + to + " (so "
                    + (from + MIN_CHANGES) + "-" + (to - 1) + ")");
        }
    }

    /** India and Pakistan on each other's expenditure, when both are in the system. */
    private static Optional<CalibrationResult.Dyad> dyad(List<String> ids, List<double[]> levels, int from) {
        int ind = ids.indexOf("IND");
        int pak = ids.indexOf("PAK");
        if (ind < 0 || pak < 0) {
            return Optional.empty();
        }
        double[] dInd = differences(levels.get(ind));
        double[] dPak = differences(levels.get(pak));
        return Optional.of(new CalibrationResult.Dyad("IND", "PAK", List.of(
                GrangerCausality.bothDirections(dInd, dPak, 1), GrangerCausality.bothDirections(dInd, dPak, 2)),
                RichardsonRegression.fitPair(from, levels.get(ind), levels.get(pak))));
    }

    private static CalibrationResult.ActorResult estimate(CalibrationResult.Series series,
            RichardsonRegression.Estimate ols, int split, int draws, long seed) {
        String id = series.id();
        Bootstrap.Result bootstrap = Bootstrap.of(ols.data(), Bootstrap.Scheme.PAIRS, draws, LEVEL,
                Seeds.generator(seed, BOOTSTRAP_STREAM + id));
        double[] dx = differences(series.level());
        double[] dT = differences(series.threat());
        List<GrangerCausality.Both> granger = List.of(GrangerCausality.bothDirections(dx, dT, 1),
                GrangerCausality.bothDirections(dx, dT, 2));
        Optional<Backtest.Result> oneStep = Optional.empty();
        Optional<Backtest.Result> dynamic = Optional.empty();
        String problem = "";
        try {
            oneStep = Optional.of(Backtest.richardson(series.firstYear(), series.level(), series.threat(), split,
                    Backtest.Mode.ONE_STEP));
            dynamic = Optional.of(Backtest.richardson(series.firstYear(), series.level(), series.threat(), split,
                    Backtest.Mode.DYNAMIC));
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return new CalibrationResult.ActorResult(series, ols, bootstrap, granger, oneStep, dynamic, problem);
    }

    /** d_t = v_t - v_{t-1}, aligned with v (d_0 = NaN). */
    private static double[] differences(double[] v) {
        double[] d = new double[v.length];
        d[0] = Double.NaN;
        for (int t = 1; t < v.length; t++) {
            d[t] = v[t] - v[t - 1];
        }
        return d;
    }
}
