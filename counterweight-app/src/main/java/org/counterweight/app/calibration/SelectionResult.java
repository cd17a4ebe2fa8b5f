package org.counterweight.app.calibration;

import java.util.List;
import java.util.Optional;
import org.counterweight.app.CaseId;
import org.counterweight.core.expenditure.AdmissibleDraws;
import org.counterweight.core.expenditure.ErrorCorrection;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.Model;
import org.counterweight.core.expenditure.Specification;
import org.counterweight.core.expenditure.SpecificationSelection;
import org.counterweight.core.network.ObligationScope;

/**
 * Each state's military expenditure specification, chosen by its out-of-sample record
 * ({@link SelectionService}), with admissible parameter draws for simulation.
 *
 * <p>What a simulation consumes, per state ({@link #actor(String)}): {@link ActorSelection#model()} (the
 * chosen specification at its point estimate), {@link ActorSelection#draws()} (its admissible draws;
 * {@link AdmissibleDraws#model(int)} is draw i as a model), {@link ActorSelection#history()} (the
 * observed series: the starting levels, threat, GDP and hostility) and
 * {@link ActorSelection#statement()} (what every output depending on it must say, e.g. "no evidence of
 * reaction").
 *
 * @param caseId  the case
 * @param release the SIPRI military expenditure release used
 * @param from    the window's first year
 * @param to      the window's last year
 * @param draws   admissible draws wanted per state
 * @param seed    the base seed of the draw streams
 * @param system  the states whose levels enter the threats, by id
 * @param outside case states without any SIPRI figure in the window
 * @param without states the caller left out, by id, sorted
 * @param obligations which ATOP obligation types the alignment path counted as ties
 * @param actors  the states with a selection, in the system's order
 * @param skipped the states without one, and why
 */
public record SelectionResult(CaseId caseId, String release, int from, int to, int draws, long seed,
        List<String> system, List<String> outside, List<String> without, ObligationScope obligations,
        List<ActorSelection> actors, List<CalibrationResult.Skipped> skipped) {
    /** The coverage of the reaction interval that decides {@link ActorSelection#evidenceOfReaction()}. */
    public static final double REACTION_LEVEL = 0.9;

    public SelectionResult {
        system = List.copyOf(system);
        outside = List.copyOf(outside);
        without = List.copyOf(without);
        actors = List.copyOf(actors);
        skipped = List.copyOf(skipped);
    }

    /**
     * One state's selection.
     *
     * @param history        its observed series
     * @param specifications every specification's record (the drift's last), in the order they were compared
     * @param choice         the chosen one and why
     * @param draws          admissible draws of the chosen specification's coefficients
     * @param bounds         the PSS bounds test of the error-correction specification, when it could be fitted
     */
    public record ActorSelection(ExpenditureHistory history, List<SpecificationSelection.Candidate> specifications,
            SpecificationSelection.Choice choice, AdmissibleDraws draws, Optional<ErrorCorrection.BoundsTest> bounds) {
        public ActorSelection {
            specifications = List.copyOf(specifications);
        }

        /** The state's id. */
        public String id() {
            return history.actor();
        }

        /** The chosen specification. */
        public Specification specification() {
            return choice.chosen().specification();
        }

        /** The chosen specification at its point estimate (whole window). */
        public Model model() {
            return choice.chosen().fullWindow().model();
        }

        /** Whether an eligible specification beat both baselines and was chosen (false: the drift was chosen). */
        public boolean beatsBaselines() {
            return choice.beatsBaselines();
        }

        /**
         * Whether the record shows a reaction to threat: the chosen specification beat both baselines
         * and the central {@value #REACTION_LEVEL} interval of its admissible draws' reaction excludes 0.
         * A specification can beat the baselines through its other terms (its own lag, GDP) while its
         * reaction is indistinguishable from 0; that is no evidence of reaction either.
         */
        public boolean evidenceOfReaction() {
            return beatsBaselines() && (reactionLow() > 0 || reactionHigh() < 0);
        }

        /**
         * The evidence in words, as the tables print it, with the reaction's direction when there is one: a
         * negative reaction (expenditure growing less as the threat grows) is a finding to question, not an
         * arms race.
         */
        public String evidence() {
            if (!beatsBaselines()) {
                return SpecificationSelection.NO_EVIDENCE;
            }
            String interval = Math.round(REACTION_LEVEL * 100) + "% interval of reaction";
            return evidenceOfReaction() ? "evidence of reaction (beats baselines; " + interval + " excludes 0: "
                    + (reactionHigh() < 0 ? "negative, expenditure falls as the threat grows)"
                            : "positive, expenditure rises with the threat)")
                    : SpecificationSelection.NO_EVIDENCE + " (beats baselines; " + interval + " spans 0)";
        }

        private double reactionLow() {
            return draws.reactionQuantile((1 - REACTION_LEVEL) / 2);
        }

        private double reactionHigh() {
            return draws.reactionQuantile((1 + REACTION_LEVEL) / 2);
        }

        /**
         * What every output that depends on this state's expenditure must say: the chosen specification
         * and the evidence ("no evidence of reaction" when the drift was chosen or the reaction is
         * indistinguishable from 0).
         */
        public String statement() {
            return id() + ": " + specification().id() + ", " + evidence();
        }
    }

    /** The selection of the state with this id. */
    public Optional<ActorSelection> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
