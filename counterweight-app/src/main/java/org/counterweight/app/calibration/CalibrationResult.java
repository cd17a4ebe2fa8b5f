package org.counterweight.app.calibration;

import java.util.List;
import java.util.Optional;
import org.counterweight.app.CaseId;
import org.counterweight.core.estimation.Backtest;
import org.counterweight.core.estimation.Bootstrap;
import org.counterweight.core.estimation.GrangerCausality;
import org.counterweight.core.estimation.RichardsonRegression;
import org.counterweight.core.network.ObligationScope;

/**
 * The case's arms equations calibrated to history ({@link CalibrationService}).
 *
 * @param caseId  the case
 * @param release the SIPRI military expenditure release used
 * @param from    the window's first year
 * @param to      the window's last year
 * @param split   the last year of the backtest's fitting window
 * @param draws   bootstrap draws per actor
 * @param seed    the base seed of the bootstrap streams
 * @param system  the actors whose levels enter the threats, by id
 * @param outside case states without any SIPRI figure in the window (left out of the system)
 * @param without states the caller left out, by id, sorted
 * @param obligations which ATOP obligation types the alignment path counted as ties
 * @param actors  the estimated actors, in the system's order
 * @param skipped the actors not estimated, with why
 * @param dyad    India-Pakistan on each other's expenditure, when both are estimated
 */
public record CalibrationResult(CaseId caseId, String release, int from, int to, int split, int draws, long seed,
        List<String> system, List<String> outside, List<String> without, ObligationScope obligations,
        List<ActorResult> actors, List<Skipped> skipped, Optional<Dyad> dyad) {
    public CalibrationResult {
        system = List.copyOf(system);
        outside = List.copyOf(outside);
        without = List.copyOf(without);
        actors = List.copyOf(actors);
        skipped = List.copyOf(skipped);
    }

    /**
     * One actor's yearly series over the window, NaN for gaps; levels and threat in US$ bn.
     *
     * @param threatNeeds per year, the states whose missing level leaves the threat unknown (empty where it
     *                    is known)
     */
    public record Series(String id, int firstYear, double[] level, double[] threat, List<List<String>> threatNeeds) {
        public Series {
            level = level.clone();
            threat = threat.clone();
            threatNeeds = threatNeeds.stream().map(List::copyOf).toList();
            if (threatNeeds.size() != threat.length) {
                throw new IllegalArgumentException("one list of states per year: " + threatNeeds.size() + " for "
                        + threat.length + " years");
            }
        }

        @Override
        public double[] level() {
            return level.clone();
        }

        @Override
        public double[] threat() {
            return threat.clone();
        }
    }

    /**
     * The estimators' results for one actor.
     *
     * @param ols             OLS of the difference equation over the window
     * @param bootstrap       its pairs bootstrap
     * @param granger         Granger tests between the differences of level and threat, 1 and 2 lags
     * @param oneStep         the one-step-ahead backtest, empty with {@code backtestProblem}
     * @param dynamic         the dynamic backtest, empty with {@code backtestProblem}
     * @param backtestProblem why there is no backtest, or empty
     */
    public record ActorResult(Series series, RichardsonRegression.Estimate ols, Bootstrap.Result bootstrap,
            List<GrangerCausality.Both> granger, Optional<Backtest.Result> oneStep, Optional<Backtest.Result> dynamic,
            String backtestProblem) {
        public ActorResult {
            granger = List.copyOf(granger);
        }

        /** The actor's id. */
        public String id() {
            return series.id();
        }


    }

    /** An actor of the system that was not estimated, and why. */
    public record Skipped(String id, String reason) {
        @Override
        public String toString() {
            return id + ": " + reason;
        }
    }

    /** Granger tests and the Richardson pair for two actors' own expenditures. */
    public record Dyad(String x, String y, List<GrangerCausality.Both> granger, RichardsonRegression.Pair pair) {
        public Dyad {
            granger = List.copyOf(granger);
        }
    }

    /** The estimated actor with this id. */
    public Optional<ActorResult> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
