package org.counterweight.app.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.counterweight.app.Rounding;
import org.counterweight.core.estimation.Backtest;
import org.counterweight.core.estimation.Bootstrap;
import org.counterweight.core.estimation.GrangerCausality;
import org.counterweight.core.estimation.OrdinaryLeastSquares;
import org.counterweight.core.estimation.RichardsonRegression;
import org.counterweight.core.network.TieRules;
import org.counterweight.report.Report;

/**
 * The tables of a {@link CalibrationResult}: the series, (a) OLS, (b) the pairs bootstrap, (c) Granger
 * tests and the backtest against persistence.
 */
public final class CalibrationTables {
    private CalibrationTables() {
    }

    /** Every table, in the order above. */
    public static List<Report.Table> of(CalibrationResult result) {
        return List.of(series(result), ols(result), bootstrap(result), granger(result), backtest(result));
    }

    /** Each estimated actor's usable years and mean level and threat, with the data and the system in the notes. */
    public static Report.Table series(CalibrationResult result) {
        Report.Table.Builder table = Report.Table.builder("calibration-series", "Series " + result.from() + "-"
                + result.to() + " (US$ bn)", "actor", "years_used", "first", "last", "dropped_years", "dropped_because",
                "mean_level", "mean_threat");
        for (CalibrationResult.ActorResult r : result.actors()) {
            int[] years = r.ols().years();
            table.row(r.id(), years.length, years[0], years[years.length - 1], compact(r.ols().droppedYears()),
                    droppedBecause(r), mean(r.series().level()), mean(r.series().threat()));
        }
        result.skipped().forEach(s -> table.note("Not estimated: " + s));
        return table.note("Data: SIPRI Military Expenditure Database, release " + result.release() + ", constant 2022"
                + " US$, in US$ bn; case " + result.caseId() + "; system " + String.join(" ", result.system())
                + (result.outside().isEmpty() ? "" : "; outside it (no SIPRI figure in the extract): "
                        + String.join(" ", result.outside()))
                + (result.without().isEmpty() ? "" : "; left out on request: " + String.join(" ", result.without()))
                + ". Threat T_i = sum over hostile j of |w_ij| (x_j + sum of j's positive w_jk x_k), w from the"
                + " alignment path. " + TieRules.SUMMARY + SelectionTables.scope(result.obligations())
                + " A year t is dropped, never filled, when x_t, x_{t-1} or T_{t-1} is missing (dropped_because): the"
                + " state's own SIPRI figure, or that of a state its threat needs (a hostile state or a hostile"
                + " state's partner).").build(null);
    }

    public static Report.Table ols(CalibrationResult result) {
        Report.Table.Builder table = Report.Table.builder("calibration-ols", "(a) OLS: x_t - x_{t-1} = c + k T_{t-1}"
                + " - a x_{t-1}", "actor", "rival", "n", "k", "se_k", "p_k", "a", "se_a", "p_a", "c", "se_c", "r2",
                "adj_r2");
        for (CalibrationResult.ActorResult r : result.actors()) {
            olsRow(table, r.id(), "threat", r.ols());
        }
        result.dyad().ifPresent(d -> {
            olsRow(table, d.x(), d.y(), d.pair().own());
            olsRow(table, d.y(), d.x(), d.pair().rival());
            table.note(d.x() + "-" + d.y() + " dyad (each on the other's expenditure): a b > k l is "
                    + d.pair().continuousStable() + "; spectral radius of the annual map "
                    + Rounding.significant(d.pair().discreteSpectralRadius(), 10) + ".");
        });
        return table.note("Richardson (1960), Arms and Insecurity; OLS of the difference equation as surveyed by Dunne"
                + " & Smith (2007), Handbook of Defense Economics 2, doi:10.1016/S1574-0013(06)02028-9. Levels are"
                + " probably non-stationary, so the t-based p-values can mislead (Dunne & Smith). k and c in US$ bn"
                + " units.").build(null);
    }

    private static void olsRow(Report.Table.Builder table, String actor, String rival,
            RichardsonRegression.Estimate e) {
        OrdinaryLeastSquares.Fit fit = e.fit();
        table.row(actor, rival, fit.n(), e.k(), e.kStandardError(), p(fit, RichardsonRegression.RIVAL_LAG), e.a(),
                e.aStandardError(), p(fit, RichardsonRegression.OWN_LAG), e.c(), e.cStandardError(), fit.rSquared(),
                fit.adjustedRSquared());
    }

    private static double p(OrdinaryLeastSquares.Fit fit, String name) {
        return fit.pValue(fit.names().indexOf(name));
    }

    public static Report.Table bootstrap(CalibrationResult result) {
        Report.Table.Builder table = Report.Table.builder("calibration-bootstrap", "(b) Pairs bootstrap, "
                + result.draws() + " draws, " + Math.round(CalibrationService.LEVEL * 100) + "% percentile intervals",
                "actor", "draws", "failed", "k_low", "k_high", "a_low", "a_high", "c_low", "c_high", "se_k_boot");
        for (CalibrationResult.ActorResult r : result.actors()) {
            Bootstrap.Result b = r.bootstrap();
            List<String> names = b.names();
            int c = names.indexOf(RichardsonRegression.GRIEVANCE);
            int k = names.indexOf(RichardsonRegression.RIVAL_LAG);
            int own = names.indexOf(RichardsonRegression.OWN_LAG);
            double[] lo = b.lower();
            double[] hi = b.upper();
            table.row(r.id(), b.size(), b.failedDraws(), lo[k], hi[k], -hi[own], -lo[own], lo[c], hi[c],
                    b.standardError(k));
        }
        return table.note("Whole (year) rows resampled with replacement; a = -(own_lag coefficient), so its interval"
                + " is the negated one. Efron & Tibshirani (1993), An Introduction to the Bootstrap; seed "
                + result.seed() + "; actor A draws from the seed's stream " + CalibrationService.BOOTSTRAP_STREAM
                + "A (core.ensemble.Seeds).").build(null);
    }

    public static Report.Table granger(CalibrationResult result) {
        Report.Table.Builder table = Report.Table.builder("calibration-granger", "(c) Granger causality between first"
                + " differences", "actor", "cause", "effect", "lags", "n", "f", "df1", "df2", "p", "problem");
        for (CalibrationResult.ActorResult r : result.actors()) {
            String id = r.id();
            for (GrangerCausality.Both both : r.granger()) {
                grangerRow(table, id, "d_threat", "d_" + id, both.yCausesX());
                grangerRow(table, id, "d_" + id, "d_threat", both.xCausesY());
            }
        }
        result.dyad().ifPresent(d -> {
            for (GrangerCausality.Both both : d.granger()) {
                grangerRow(table, d.x() + "-" + d.y(), "d_" + d.y(), "d_" + d.x(), both.yCausesX());
                grangerRow(table, d.x() + "-" + d.y(), "d_" + d.x(), "d_" + d.y(), both.xCausesY());
            }
        });
        return table.note("F test of the cause's lags in a VAR equation of the effect (Granger 1969, Econometrica"
                + " 37(3)); H0: no Granger causality. Years with a gap in any lag are dropped. The India-Pakistan rows"
                + " use each other's expenditure, as in the dyad literature (REFERENCES.md).").build(null);
    }

    private static void grangerRow(Report.Table.Builder table, String actor, String cause, String effect,
            GrangerCausality.Result g) {
        table.row(actor, cause, effect, g.df1(), g.observations(), g.f(), g.df1(), g.df2(), g.pValue(), g.problem());
    }

    public static Report.Table backtest(CalibrationResult result) {
        Report.Table.Builder table = Report.Table.builder("calibration-backtest", "Backtest: fit to " + result.split()
                + ", forecast " + (result.split() + 1) + "-" + result.to() + " (US$ bn)", "actor", "mode", "fit_n",
                "scored", "rmse_model", "rmse_persistence", "rmse_ratio", "mae_model", "mae_persistence");
        for (CalibrationResult.ActorResult r : result.actors()) {
            for (var bt : List.of(r.oneStep(), r.dynamic())) {
                bt.ifPresent(b -> {
                    Backtest.Errors e = b.errors();
                    table.row(r.id(), b.mode().name().toLowerCase(Locale.ROOT), b.estimate().years().length, e.n(),
                            e.rmse(), e.naiveRmse(), e.rmseRatio(), e.mae(), e.naiveMae());
                });
            }
            if (!r.backtestProblem().isEmpty()) {
                table.note(r.id() + ": no backtest: " + r.backtestProblem());
            }
        }
        return table.note("one_step: each year from the actual previous level and threat; dynamic: iterated from the"
                + " split on its own forecasts, given the actual threat path. Persistence: last actual level"
                + " (one_step) or the split year's level (dynamic). rmse_ratio < 1 means the model beats persistence"
                + " (Theil's U2).").build(null);
    }

    private static Double mean(double[] v) {
        double[] finite = Arrays.stream(v).filter(Double::isFinite).toArray();
        return finite.length == 0 ? null : Arrays.stream(finite).average().getAsDouble();
    }

    /**
     * Why OLS dropped an actor's years, by spells of consecutive years missing the same inputs: year t
     * needs x_t, x_(t-1) and T_(t-1), and a threat is missing where a level it needs is ("1991-2004: threat
     * missing in 1990-2003 (no SIPRI figure for AFG, which it needs)"); empty when no year was dropped.
     */
    static String droppedBecause(CalibrationResult.ActorResult actor) {
        List<String> spells = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        SortedSet<Integer> own = new TreeSet<>();
        SortedSet<Integer> threat = new TreeSet<>();
        Missing spell = null;
        double[] level = actor.series().level();
        double[] threats = actor.series().threat();
        for (int year : actor.ols().droppedYears()) {
            int t = year - actor.series().firstYear();
            boolean threatBefore = !Double.isFinite(threats[t - 1]);
            Missing missing = new Missing(!Double.isFinite(level[t]) || !Double.isFinite(level[t - 1]),
                    threatBefore, threatBefore ? actor.series().threatNeeds().get(t - 1) : List.of());
            if (spell != null && (!missing.equals(spell) || year != years.get(years.size() - 1) + 1)) {
                spells.add(spell.describe(years, own, threat));
                years.clear();
                own.clear();
                threat.clear();
            }
            spell = missing;
            years.add(year);
            for (int y : new int[] {year - 1, year}) {
                if (!Double.isFinite(level[y - actor.series().firstYear()])) {
                    own.add(y);
                }
            }
            if (threatBefore) {
                threat.add(year - 1);
            }
        }
        if (spell != null) {
            spells.add(spell.describe(years, own, threat));
        }
        return String.join("; ", spells);
    }

    /** Which inputs a dropped year misses: its own levels, its threat, and the levels the threat needs. */
    private record Missing(boolean own, boolean threat, List<String> needs) {
        String describe(List<Integer> years, SortedSet<Integer> ownYears, SortedSet<Integer> threatYears) {
            List<String> parts = new ArrayList<>();
            if (own) {
                parts.add("own expenditure missing in " + compact(years(ownYears))
                        + " (no SIPRI figure)");
            }
            if (threat) {
                parts.add("threat missing in " + compact(years(threatYears)) + (needs.isEmpty()
                        ? "" : " (no SIPRI figure for " + String.join(", ", needs) + ", which it needs)"));
            }
            return compact(years(years)) + ": " + String.join("; ", parts);
        }

        private static int[] years(Collection<Integer> years) {
            return years.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Years as ranges: 1990-1992 1995. */
    static String compact(int[] years) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            int start = years[i];
            while (i + 1 < years.length && years[i + 1] == years[i] + 1) {
                i++;
            }
            parts.add(start == years[i] ? String.valueOf(start) : start + "-" + years[i]);
        }
        return String.join(" ", parts);
    }
}
