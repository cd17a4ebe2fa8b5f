package org.counterweight.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.counterweight.core.dynamics.SecurityDilemmaModel;
import org.counterweight.core.estimation.Backtest;
import org.counterweight.core.estimation.Bootstrap;
import org.counterweight.core.estimation.GrangerCausality;
import org.counterweight.core.estimation.RichardsonRegression;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.core.model.DatasetCoverage;

/**
 * Calibrates the arms equation of the security-dilemma model to history: each of the case's states
 * with SIPRI military expenditure reacts to the threat it faced, built from the knowledge base's
 * alignment path exactly as {@link SecurityDilemmaModel#threat} defines it.
 *
 * <p>Data. x_i(t): SIPRI military expenditure, constant 2022 US$, in US$ bn (the newest release in
 * the store). The system is the case's states with at least one SIPRI figure in the window; states
 * the SIPRI extract does not cover at all are outside it (their capability adds nothing to anyone's
 * threat: a stated undercount, listed in the report). COW 365 is the Soviet Union to 1991 and Russia
 * from 1992 ({@link SystemNetwork#states}); a state has no level in years it does not exist. w_ij(t):
 * {@link AlignmentPath} of the states existing in t. T_i(t) = sum_{j: w_ij &lt; 0} |w_ij| E_j,
 * E_j = x_j + sum_{k: w_jk &gt; 0} w_jk x_k, computed by {@link SecurityDilemmaModel#threat}; T_i(t) is
 * NaN when any level it needs is missing, and such years are dropped by the estimators, never filled.
 *
 * <p>Estimators, per actor, side by side: OLS of Richardson's difference equation (Richardson 1960;
 * Dunne &amp; Smith 2007) with the threat as the rival ({@link RichardsonRegression}); a pairs
 * bootstrap of the same regression with 95% percentile intervals (Efron &amp; Tibshirani 1993,
 * An Introduction to the Bootstrap, Chapman &amp; Hall; {@link Bootstrap}); Granger causality between
 * the first differences of x_i and T_i, both directions, 1 and 2 lags (Granger 1969); the backtest
 * against persistence ({@link Backtest}). Plus the India-Pakistan dyad on each other's expenditure.
 * Nothing is tuned: the window, split and seed are the caller's.
 *
 * <p>Randomness: actor i's bootstrap generator is {@code SplittableRandom(seed * 1_000_003 + id.hashCode())},
 * so an actor's draws depend only on the seed, its id and its data.
 */
final class Calibration {
    /** Bootstrap interval coverage. */
    static final double LEVEL = 0.95;
    /** Fewest usable yearly changes for an actor to be estimated (3 coefficients plus room for residuals). */
    static final int MIN_CHANGES = 8;
    /** Fewest years in the window. */
    static final int MIN_WINDOW = 12;

    private Calibration() {
    }

    /** One actor's yearly series over the window, NaN for gaps; levels and threat in US$ bn. */
    record Series(String id, int firstYear, double[] level, double[] threat, double[] share) {
        Series {
            level = level.clone();
            threat = threat.clone();
            share = share.clone();
        }
    }

    /** The estimators' results for one actor; {@code oneStep} or {@code dynamic} empty with {@code backtestProblem}. */
    record ActorResult(Series series, RichardsonRegression.Estimate ols, Bootstrap.Result bootstrap,
            List<GrangerCausality.Both> granger, Optional<Backtest.Result> oneStep, Optional<Backtest.Result> dynamic,
            String backtestProblem, ActorParameters parameters) {
    }

    /** Granger tests and the Richardson pair for two actors' own expenditures. */
    record Dyad(String x, String y, List<GrangerCausality.Both> granger, RichardsonRegression.Pair pair) {
    }

    /**
     * @param release  the SIPRI release used
     * @param system   the actors whose levels enter the threats
     * @param outside  case states without any SIPRI figure in the window (left out of the system)
     * @param without  states the caller left out
     * @param actors   estimated actors
     * @param skipped  actors not estimated, with why
     * @param dyad     India-Pakistan, when both are estimated
     */
    record Result(String release, int from, int to, int split, int draws, long seed, List<String> system,
            List<String> outside, Set<String> without, List<ActorResult> actors, List<String> skipped, Optional<Dyad> dyad) {
        /** The calibrated parameters of every estimated actor, in the system's order. */
        List<ActorParameters> parameters() {
            return actors.stream().map(ActorResult::parameters).toList();
        }
    }

    /**
     * Calibrates every state of the case with SIPRI figures.
     *
     * @param to    last year (at most SIPRI's last)
     * @param split last year of the backtest's fitting window
     * @param draws bootstrap draws per actor
     * @throws UserInputException for a window or split that cannot be estimated (exit code 2)
     */
    static Result run(Workbench workbench, int from, int to, int split, int draws, long seed) {
        return run(workbench, from, to, split, draws, seed, Set.of());
    }

    /**
     * As {@link #run(Workbench, int, int, int, int, long)}, with some states left out of the system (a
     * sensitivity check: their levels then add nothing to anyone's threat, and their gaps drop no year).
     *
     * @param without actor ids to leave out
     */
    static Result run(Workbench workbench, int from, int to, int split, int draws, long seed, Set<String> without) {
        DatasetCoverage release = workbench.datasets().milexReleases().stream().findFirst()
                .orElseThrow(() -> new UserInputException("no SIPRI military expenditure loaded"));
        validate(release, from, to, split, draws);
        int years = to - from + 1;
        List<Actor> candidates = workbench.cases().actors(null).stream()
                .filter(a -> a.kind() == org.counterweight.core.model.ActorKind.STATE && a.cowCode() != null)
                .filter(a -> !without.contains(a.id())).toList();
        List<String> ids = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<double[]> levels = new ArrayList<>();
        List<double[]> shares = new ArrayList<>();
        for (Actor actor : candidates) {
            double[][] levelAndShare = levels(workbench, release, actor, from, to);
            if (Arrays.stream(levelAndShare[0]).anyMatch(Double::isFinite)) {
                ids.add(actor.id());
                levels.add(levelAndShare[0]);
                shares.add(levelAndShare[1]);
            } else if (SystemNetwork.exists(actor.id(), from)) {
                outside.add(actor.id());
            }
        }
        double[][] threat = threats(workbench, ids, levels, from, years);
        List<ActorResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Series series = new Series(ids.get(i), from, levels.get(i), threat[i], shares.get(i));
            RichardsonRegression.Estimate ols = RichardsonRegression.fit(from, series.level(), series.threat());
            if (!ols.ok()) {
                skipped.add(ids.get(i) + ": " + (Arrays.stream(series.threat()).filter(Double::isFinite).allMatch(v -> v == 0)
                        ? "faces no threat in the window (no hostile tie), so k is not identified"
                        : ols.fit().problem()));
                continue;
            }
            if (ols.years().length < MIN_CHANGES) {
                skipped.add(ids.get(i) + ": " + ols.years().length + " usable years (needs " + MIN_CHANGES + ")");
                continue;
            }
            results.add(estimate(series, ols, split, draws, seed));
        }
        if (results.isEmpty()) {
            throw new UserInputException("no actor has " + MIN_CHANGES + " usable years in " + from + "-" + to + ": "
                    + skipped);
        }
        Optional<Dyad> dyad = Optional.empty();
        int ind = ids.indexOf("IND");
        int pak = ids.indexOf("PAK");
        if (ind >= 0 && pak >= 0) {
            double[] dInd = differences(levels.get(ind));
            double[] dPak = differences(levels.get(pak));
            dyad = Optional.of(new Dyad("IND", "PAK", List.of(GrangerCausality.bothDirections(dInd, dPak, 1),
                    GrangerCausality.bothDirections(dInd, dPak, 2)),
                    RichardsonRegression.fitPair(from, levels.get(ind), levels.get(pak))));
        }
        return new Result(release.version(), from, to, split, draws, seed, List.copyOf(ids), List.copyOf(outside),
                Set.copyOf(without),
                List.copyOf(results), List.copyOf(skipped), dyad);
    }

    private static void validate(DatasetCoverage release, int from, int to, int split, int draws) {
        if (from < release.firstYear() || to > release.lastYear()) {
            throw new UserInputException("--from " + from + " --to " + to + " must lie within the SIPRI release "
                    + release.version() + " (" + release.firstYear() + "-" + release.lastYear() + ")");
        }
        if (to - from + 1 < MIN_WINDOW) {
            throw new UserInputException("the window " + from + "-" + to + " has " + (to - from + 1) + " years;"
                    + " calibration needs at least " + MIN_WINDOW + " (three coefficients, a backtest split and"
                    + " forecast years)");
        }
        if (split < from + MIN_CHANGES || split >= to) {
            throw new UserInputException("--split " + split + " must leave at least " + MIN_CHANGES
                    + " years to fit after " + from + " and one year to forecast before " + to + " (so "
                    + (from + MIN_CHANGES) + "-" + (to - 1) + ")");
        }
        if (draws < 2 || draws > 100_000) {
            throw new UserInputException("--bootstrap must be in 2..100000, got " + draws);
        }
    }

    private static ActorResult estimate(Series series, RichardsonRegression.Estimate ols, int split, int draws,
            long seed) {
        String id = series.id();
        Bootstrap.Result bootstrap = Bootstrap.of(ols.data(), Bootstrap.Scheme.PAIRS, draws, LEVEL,
                new SplittableRandom(seed * 1_000_003L + id.hashCode()));
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
        return new ActorResult(series, ols, bootstrap, granger, oneStep, dynamic, problem,
                parameters(series, ols, bootstrap));
    }

    private static ActorParameters parameters(Series series, RichardsonRegression.Estimate ols,
            Bootstrap.Result bootstrap) {
        List<String> names = bootstrap.names();
        int c = names.indexOf(RichardsonRegression.GRIEVANCE);
        int k = names.indexOf(RichardsonRegression.RIVAL_LAG);
        int own = names.indexOf(RichardsonRegression.OWN_LAG);
        double[][] draws = new double[bootstrap.size()][];
        for (int i = 0; i < draws.length; i++) {
            double[] d = bootstrap.draw(i);
            draws[i] = new double[] {d[c], d[k], -d[own]};
        }
        double[] x = series.level();
        double[] s = series.share();
        int last = x.length - 1;
        while (!Double.isFinite(x[last])) {
            last--; // an estimated actor has levels, so this stops
        }
        double maxShare = Arrays.stream(s).filter(Double::isFinite).max().orElse(Double.NaN);
        double capacity = Double.POSITIVE_INFINITY;
        for (int t = s.length - 1; t >= 0; t--) {
            if (Double.isFinite(s[t]) && s[t] > 0 && Double.isFinite(x[t])) {
                capacity = x[t] / s[t] * maxShare;
                break;
            }
        }
        return new ActorParameters(series.id(), ols.k(), ols.a(), ols.c(), x[last], series.firstYear() + last,
                capacity, draws);
    }

    /** {levels, shares} of an actor over the window, US$ bn and fractions, NaN where SIPRI has no value. */
    private static double[][] levels(Workbench workbench, DatasetCoverage release, Actor actor, int from, int to) {
        double[] level = new double[to - from + 1];
        double[] share = new double[to - from + 1];
        Arrays.fill(level, Double.NaN);
        Arrays.fill(share, Double.NaN);
        List<MilitaryExpenditure> rows = workbench.datasets().milex(release.version(), actor.cowCode(), from, to);
        for (int year = from; year <= to; year++) {
            if (!SystemNetwork.exists(actor.id(), year)) {
                continue;
            }
            int y = year;
            List<MilitaryExpenditure> values = rows.stream()
                    .filter(m -> m.year() == y && m.constantStatus() == ValueStatus.VALUE).toList();
            if (values.size() == 1) { // two values for one code and year would be ambiguous: left a gap
                level[year - from] = values.get(0).constantUsdMillions().getAsDouble() / 1000;
                if (values.get(0).shareStatus() == ValueStatus.VALUE) {
                    share[year - from] = values.get(0).shareOfGdp().getAsDouble();
                }
            }
        }
        return new double[][] {level, share};
    }


    /** T_i(t) for every actor and year; NaN where a level it needs is missing. */
    private static double[][] threats(Workbench workbench, List<String> ids, List<double[]> levels, int from,
            int years) {
        int n = ids.size();
        SecurityDilemmaModel.Builder builder = SecurityDilemmaModel.builder();
        ids.forEach(id -> builder.actor(id, 0, 0, 0, Double.POSITIVE_INFINITY)); // parameters do not enter T
        SecurityDilemmaModel model = builder.build();
        double[][] threat = new double[n][years];
        for (int t = 0; t < years; t++) {
            int year = from + t;
            List<String> present = ids.stream().filter(id -> SystemNetwork.exists(id, year)).toList();
            double[][] path = AlignmentPath.of(workbench, present, year, year, Set.of()).at(year);
            double[][] w = new double[n][n];
            for (int p = 0; p < present.size(); p++) {
                for (int q = 0; q < present.size(); q++) {
                    w[ids.indexOf(present.get(p))][ids.indexOf(present.get(q))] = p == q ? 0 : path[p][q];
                }
            }
            double[] x = new double[n];
            Set<Integer> missing = new HashSet<>();
            for (int i = 0; i < n; i++) {
                x[i] = levels.get(i)[t];
                if (!Double.isFinite(x[i])) {
                    missing.add(i);
                    x[i] = 0; // only actors outside T_i's dependencies get here without making T_i NaN
                }
            }
            double[] all = model.threat(model.state(x, w));
            for (int i = 0; i < n; i++) {
                threat[i][t] = needsMissing(w, i, missing) ? Double.NaN : all[i];
            }
        }
        return threat;
    }

    /** Whether T_i uses a missing level: a hostile j's, or that of a partner k of a hostile j. */
    static boolean needsMissing(double[][] w, int i, Set<Integer> missing) {
        for (int j = 0; j < w.length; j++) {
            if (j == i || w[i][j] >= 0) {
                continue;
            }
            if (missing.contains(j)) {
                return true;
            }
            for (int k = 0; k < w.length; k++) {
                if (k != j && w[j][k] > 0 && missing.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** d_t = v_t - v_{t-1}, aligned with v (d_0 = NaN). */
    static double[] differences(double[] v) {
        double[] d = new double[v.length];
        d[0] = Double.NaN;
        for (int t = 1; t < v.length; t++) {
            d[t] = v[t] - v[t - 1];
        }
        return d;
    }
}
