package org.counterweight.app.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Progress;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.YearRange;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.dynamics.AlignmentDynamics;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.core.network.ObligationScope;

/**
 * The yearly series the calibrations read, for the system of a case: each state's SIPRI military
 * expenditure (constant 2022 US$, in US$ bn) and share of GDP, the threat it faced
 * ({@link AlignmentDynamics#threat} on the case's alignment path), its hostility (the summed
 * strength |w_ij| of its hostile ties) and its GDP, derived from SIPRI: y = x / share. SIPRI's share is
 * expenditure over GDP, both in current local currency, and the constant-dollar expenditure is the
 * current one deflated by the consumer price index and converted at the 2022 rate, so x / share is GDP
 * deflated and converted the same way: GDP in constant 2022 US$, exact up to SIPRI's own figures.
 *
 * <p>The system is the case's states with at least one SIPRI figure in the window, less those left out
 * on request; states without any figure are outside it (an undercount, listed). A state has no level in
 * years it does not exist ({@link CaseSnapshot#exists}: COW 365 is the Soviet Union to 1991 and Russia
 * from 1992) nor where SIPRI lists two figures under its code. T_i(t) is NaN when any level it needs (a
 * hostile state's, or one of that state's partners') is missing; gaps are never filled.
 *
 * @param from    the window's first year
 * @param to      the window's last year
 * @param ids     the system, in the case's order
 * @param outside case states without a SIPRI figure in the window
 * @param without states left out on request, by id, sorted
 * @param level   per state, x (US$ bn)
 * @param share   per state, SIPRI's share of GDP (a fraction)
 * @param threat  per state, T (US$ bn)
 * @param hostility per state, H = sum over hostile j of |w_ij|
 * @param threatNeeds per state and year of the window, the states whose missing level leaves T unknown
 *                  (empty where T is known)
 */
record SystemSeries(int from, int to, List<String> ids, List<String> outside, List<String> without,
        List<double[]> level, List<double[]> share, double[][] threat, double[][] hostility,
        List<List<List<String>>> threatNeeds) {

    /**
     * The window asked for, closed with {@value CalibrationRequest#DEFAULT_FROM} and SIPRI's last year and
     * checked to lie within the newest SIPRI release, and that release.
     */
    static Window window(UnitOfWork work, YearRange years, String analysis) {
        DatasetCoverage release = work.releases().milexRequired("years");
        YearRange closed = years.closed(CalibrationRequest.DEFAULT_FROM, release.lastYear())
                .requireWithin(release, "the SIPRI release " + release.version());
        Window window = new Window(release.version(), closed.first(), closed.last());
        if (window.years() < MIN_WINDOW) {
            throw new InvalidRequestException("from", "the window " + window.from() + "-" + window.to() + " has "
                    + window.years() + " years; " + analysis + " needs at least " + MIN_WINDOW);
        }
        return window;
    }

    /** Fewest years in a window (three coefficients, a backtest split and forecast years). */
    static final int MIN_WINDOW = 12;

    /** A closed window of years of a SIPRI release. */
    record Window(String release, int from, int to) {
        /** Its number of years. */
        int years() {
            return to - from + 1;
        }
    }

    /** Reads the system of {@code caseId} over the window, telling {@code progress} it does as a stage. */
    static SystemSeries read(UnitOfWork work, CaseId caseId, Window window, List<String> leftOut, Carry carry,
            ObligationScope obligations, Progress progress) {
        int from = window.from();
        int to = window.to();
        progress.stage("reading SIPRI military expenditure and the threats of the alignment path, " + from + "-" + to,
                0, null);
        Set<String> without = new TreeSet<>();
        leftOut.forEach(a -> without.add(work.actor(caseId, a.strip(), "without").id()));
        CaseSnapshot snapshot = work.snapshot(caseId, from, to, carry).withObligations(obligations);
        List<String> ids = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<double[]> levels = new ArrayList<>();
        List<double[]> shares = new ArrayList<>();
        for (Actor actor : snapshot.states()) {
            if (without.contains(actor.id())) {
                continue;
            }
            double[][] levelAndShare = levels(snapshot, actor, from, to);
            if (Arrays.stream(levelAndShare[0]).anyMatch(Double::isFinite)) {
                ids.add(actor.id());
                levels.add(levelAndShare[0]);
                shares.add(levelAndShare[1]);
            } else if (IntStream.rangeClosed(from, to).anyMatch(year -> snapshot.exists(actor.id(), year))) {
                outside.add(actor.id());
            }
        }
        int years = to - from + 1;
        double[][] threat = new double[ids.size()][years];
        double[][] hostility = new double[ids.size()][years];
        List<List<List<String>>> needs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            needs.add(new ArrayList<>());
        }
        threats(snapshot, ids, levels, from, threat, hostility, needs);
        return new SystemSeries(from, to, ids, outside, List.copyOf(without), levels, shares, threat, hostility,
                needs);
    }

    /** State i's series as {@link CalibrationResult.Series}. */
    CalibrationResult.Series series(int i) {
        return new CalibrationResult.Series(ids.get(i), from, level.get(i), threat[i], threatNeeds.get(i));
    }

    /** State i's history for the expenditure specifications, with GDP = x / share. */
    ExpenditureHistory history(int i) {
        double[] x = level.get(i);
        double[] s = share.get(i);
        double[] income = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            income[t] = Double.isFinite(x[t]) && s[t] > 0 ? x[t] / s[t] : Double.NaN;
        }
        return new ExpenditureHistory(ids.get(i), from, x, threat[i], income, hostility[i]);
    }

    /**
     * {levels, shares} of an actor over the window, US$ bn and fractions, NaN where SIPRI has no value
     * or, ambiguously, two values under the actor's code.
     */
    private static double[][] levels(CaseSnapshot snapshot, Actor actor, int from, int to) {
        double[] level = new double[to - from + 1];
        double[] share = new double[to - from + 1];
        Arrays.fill(level, Double.NaN);
        Arrays.fill(share, Double.NaN);
        for (int year = from; year <= to; year++) {
            List<MilitaryExpenditure> values = snapshot.milexRows(actor, year).stream()
                    .filter(m -> m.constantStatus() == ValueStatus.VALUE).toList();
            if (values.size() == 1) {
                level[year - from] = values.get(0).constantUsdMillions().getAsDouble() / 1000;
                if (values.get(0).shareStatus() == ValueStatus.VALUE) {
                    share[year - from] = values.get(0).shareOfGdp().getAsDouble();
                }
            }
        }
        return new double[][] {level, share};
    }

    /**
     * Fills T_i(t) (NaN where a level it needs is missing), H_i(t) and, in {@code needs}, the states whose
     * missing level T_i(t) needs, for every actor and year.
     */
    private static void threats(CaseSnapshot snapshot, List<String> ids, List<double[]> levels, int from,
            double[][] threat, double[][] hostility, List<List<List<String>>> needs) {
        int n = ids.size();
        AlignmentDynamics model = AlignmentDynamics.of(ids);
        for (int t = 0; t < threat[0].length; t++) {
            int year = from + t;
            List<String> present = ids.stream().filter(id -> snapshot.exists(id, year)).toList();
            double[][] path = snapshot.alignment(present, year, Set.of());
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
                List<String> needed = missingNeeded(w, i, missing).stream().map(ids::get).toList();
                needs.get(i).add(needed);
                threat[i][t] = needed.isEmpty() ? all[i] : Double.NaN;
                double h = 0;
                for (int j = 0; j < n; j++) {
                    h += j != i && w[i][j] < 0 ? -w[i][j] : 0;
                }
                hostility[i][t] = h;
            }
        }
    }

    /** The missing levels T_i uses, in index order: a hostile j's, or that of a partner k of a hostile j. */
    static SortedSet<Integer> missingNeeded(double[][] w, int i, Set<Integer> missing) {
        SortedSet<Integer> needed = new TreeSet<>();
        for (int j = 0; j < w.length; j++) {
            if (j == i || w[i][j] >= 0) {
                continue;
            }
            if (missing.contains(j)) {
                needed.add(j);
            }
            for (int k = 0; k < w.length; k++) {
                if (k != j && w[j][k] > 0 && missing.contains(k)) {
                    needed.add(k);
                }
            }
        }
        return needed;
    }
}
