package org.counterweight.app.calibration;

import java.util.List;
import java.util.Locale;
import org.counterweight.app.Rounding;
import org.counterweight.core.estimation.OrdinaryLeastSquares;
import org.counterweight.core.expenditure.AdmissibleDraws;
import org.counterweight.core.expenditure.Design;
import org.counterweight.core.expenditure.RandomWalkWithDrift;
import org.counterweight.core.expenditure.RollingOriginEvaluation;
import org.counterweight.core.expenditure.Specification;
import org.counterweight.core.expenditure.SpecificationSelection;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.core.network.TieRules;
import org.counterweight.report.Report;

/**
 * The tables of a {@link SelectionResult}: the selection table (every specification's out-of-sample
 * accuracy at each horizon against both baselines, and the choice), the choice per state with its
 * admissible draws and rejection rate, and the whole-window fits.
 */
public final class SelectionTables {
    private SelectionTables() {
    }

    /** Every table, in the order above. */
    public static List<Report.Table> of(SelectionResult result) {
        return List.of(selection(result), choice(result), fits(result));
    }

    /** Each specification's MASE and RMSE ratios at horizons 1, 3 and 5 against persistence and the drift. */
    public static Report.Table selection(SelectionResult result) {
        Report.Table.Builder table = Report.Table.builder("selection", "Out-of-sample accuracy, rolling origin, "
                + result.from() + "-" + result.to() + " (errors of ln x)", "actor", "specification", "horizon",
                "forecasts", "mase", "mase_persistence", "mase_drift", "rmse_ratio_persistence", "rmse_ratio_drift",
                "chosen", "note");
        for (SelectionResult.ActorSelection actor : result.actors()) {
            for (SpecificationSelection.Candidate c : actor.specifications()) {
                Specification spec = c.specification();
                String chosen = actor.specification() == spec ? "yes" : "";
                String note = spec == actor.specification() ? actor.choice().reason()
                        : spec instanceof RandomWalkWithDrift ? "baseline" : c.disqualification();
                List<RollingOriginEvaluation.Accuracy> accuracy = c.evaluation().accuracy();
                if (accuracy.isEmpty()) {
                    table.row(actor.id(), spec.id(), null, 0, null, null, null, null, null, chosen, note);
                }
                for (RollingOriginEvaluation.Accuracy a : accuracy) {
                    table.row(actor.id(), spec.id(), a.horizon(), a.forecasts(), a.mase(), a.masePersistence(),
                            a.maseDrift(), a.rmseRatioPersistence(), a.rmseRatioDrift(), chosen,
                            a.horizon() == 1 ? note + nonPositive(c) : "");
                }
            }
        }
        result.skipped().forEach(s -> table.note("Not selected: " + s));
        return table.note("At every origin t0 each specification is re-estimated on the years up to t0 (at least "
                + RollingOriginEvaluation.MIN_OBSERVATIONS + " rows, 2 per coefficient) and iterated to t0+1..t0+5 on"
                + " its own forecasts, given the actual threat, GDP and hostility paths (Tashman 2000,"
                + " rolling-origin recalibration). Baselines on the same forecasts: persistence (no change) and the"
                + " random walk with drift in logs. MASE: |error| scaled by the origin's in-sample one-step naive MAE"
                + " (Hyndman & Koehler 2006); rmse_ratio < 1: the specification beats that baseline.")
                .note("Chosen: the specification, positive by construction and admissible at its whole-window"
                        + " estimate, with the lowest MASE among those that beat both baselines at horizon 1 (MASE"
                        + " below both baselines' and both RMSE ratios below 1, on at least "
                        + SpecificationSelection.MIN_FORECASTS + " forecasts); none: the drift, \""
                        + SpecificationSelection.NO_EVIDENCE + "\". Horizons 3 and 5 are reported, not used to"
                        + " choose.")
                .note(dataNote(result)).build(null);
    }

    /** The choice per state: its reaction, and the admissible draws with the rejection rate. */
    public static Report.Table choice(SelectionResult result) {
        Report.Table.Builder table = Report.Table.builder("selection-choice", "Chosen specification and admissible"
                + " draws (" + result.draws() + " wanted per state)", "actor", "specification", "evidence", "reaction",
                "reaction_p05", "reaction_p95", "reaction_meaning", "draws", "candidates", "rejected",
                "rejection_rate", "admissible_region");
        for (SelectionResult.ActorSelection actor : result.actors()) {
            AdmissibleDraws draws = actor.draws();
            Specification spec = actor.specification();
            double level = SelectionResult.REACTION_LEVEL;
            table.row(actor.id(), spec.id(), actor.evidence(), finite(actor.model().reaction()),
                    finite(draws.reactionQuantile((1 - level) / 2)), finite(draws.reactionQuantile((1 + level) / 2)),
                    spec.reactionMeaning(),
                    draws.size(), draws.candidates(), draws.rejected(), draws.rejectionRate(), spec.admissibleRegion());
            if (draws.size() < result.draws()) {
                table.note(actor.id() + ": only " + draws.size() + " of " + result.draws() + " draws were admissible"
                        + " within " + AdmissibleDraws.MAX_BATCHES + " batches.");
            }
        }
        return table.note("Draws: the pairs bootstrap of the chosen specification's whole-window regression (Efron &"
                + " Tibshirani 1993), each draw kept when its coefficients lie in the admissible region and rejected"
                + " otherwise (never clipped); rejection_rate = rejected / candidates. Seed " + result.seed()
                + "; state A draws from the seed's stream " + SelectionService.DRAW_STREAM + "A (core.ensemble.Seeds)."
                + " No sign is imposed on the reaction: the region is the specification's stability condition."
                + " reaction_p05/p95: the central 90% of the admissible draws' reaction; evidence of reaction needs"
                + " the chosen specification to beat both baselines and this interval to exclude 0.")
                .build(null);
    }

    /** Every specification's whole-window OLS fit, coefficient by coefficient. */
    public static Report.Table fits(SelectionResult result) {
        Report.Table.Builder table = Report.Table.builder("selection-fits", "Whole-window fits (OLS)", "actor",
                "specification", "n", "years", "coefficient", "estimate", "se", "p", "r2", "admissible");
        for (SelectionResult.ActorSelection actor : result.actors()) {
            for (SpecificationSelection.Candidate c : actor.specifications()) {
                OrdinaryLeastSquares.Fit fit = c.fullWindow().fit();
                Design design = c.fullWindow().design();
                if (!fit.ok()) {
                    table.row(actor.id(), c.specification().id(), design.observations(), years(design), null, null,
                            null, null, null, null);
                    table.note(actor.id() + " " + c.specification().id() + ": not fitted: " + fit.problem());
                    continue;
                }
                boolean admissible = c.fullWindow().model().admissible();
                for (int j = 0; j < fit.k(); j++) {
                    table.row(actor.id(), c.specification().id(), fit.n(), years(design), fit.names().get(j),
                            fit.coefficient(j), fit.standardError(j), fit.pValue(j),
                            fit.k() == 1 ? null : fit.rSquared(), admissible);
                }
                if (!design.notes().isEmpty()) {
                    table.note(actor.id() + " " + c.specification().id() + ": " + design.notes() + ".");
                }
            }
            actor.bounds().ifPresent(b -> table.note(actor.id() + " ardl-ecm bounds test (Pesaran, Shin & Smith"
                    + " 2001; 5% bounds of Narayan 2005, case III, k = 2): F = " + Rounding.significant(b.f(), 4)
                    + ", n = " + b.n() + ", I(0) " + b.lower() + ", I(1) " + b.upper() + ": " + b.verdict() + "."));
        }
        return table.note("Equations: " + String.join("; ", SelectionService.SPECIFICATIONS.stream()
                .map(s -> s.id() + ": " + s.equation()).toList()) + "; drift: dln x_t = mu. x: expenditure, T:"
                + " threat, y: GDP, H: hostility. p two-sided from Student's t; levels are probably non-stationary,"
                + " so t-based p-values in levels can mislead (Dunne & Smith 2007).").build(null);
    }

    private static String nonPositive(SpecificationSelection.Candidate c) {
        int count = c.evaluation().accuracy().stream().mapToInt(RollingOriginEvaluation.Accuracy::nonPositive).sum();
        return count == 0 ? "" : "; " + count + " forecasts not positive (not scored)";
    }

    private static String years(Design design) {
        int[] years = design.years();
        return years.length == 0 ? "" : CalibrationTables.compact(years);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String dataNote(SelectionResult result) {
        return "Data: SIPRI Military Expenditure Database, release " + result.release() + ", constant 2022 US$;"
                + " GDP = expenditure / SIPRI's share of GDP (constant 2022 US$ at SIPRI's deflator); case "
                + result.caseId() + "; system " + String.join(" ", result.system())
                + (result.outside().isEmpty() ? "" : "; outside it (no SIPRI figure): "
                        + String.join(" ", result.outside()))
                + (result.without().isEmpty() ? "" : "; left out on request: " + String.join(" ", result.without()))
                + ". Threat T_i = sum over hostile j of |w_ij| (x_j + sum of j's positive w_jk x_k); hostility H_i ="
                + " sum over hostile j of |w_ij|. " + TieRules.SUMMARY + scope(result.obligations())
                + " Gaps (and a zero threat, which has no log) are dropped, never filled.";
    }

    /** The sentence a data note adds for an obligation scope other than the default, with its leading space. */
    static String scope(ObligationScope obligations) {
        return obligations.note().map(n -> " " + n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1) + ".")
                .orElse("");
    }
}
