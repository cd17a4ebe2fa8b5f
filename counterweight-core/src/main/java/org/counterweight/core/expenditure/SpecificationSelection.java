package org.counterweight.core.expenditure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses one state's specification by its out-of-sample record, and nothing else.
 *
 * <p>The rule, fixed before any result was seen: a specification is a candidate when (1) it is positive
 * by construction (so a simulation may use it), (2) its fit on the whole window succeeds and lies in
 * its admissible region, and (3) at horizon 1 it has at least {@value #MIN_FORECASTS} scored forecasts
 * and beats both baselines ({@link RollingOriginEvaluation.Accuracy#beatsBothBaselines()}: a lower MASE
 * than persistence's and than the drift's, and RMSE ratios below 1 against both, on the same
 * forecasts). The chosen specification is the candidate with the lowest MASE at horizon 1 (ties: the
 * order given). When there is none, the random walk with drift is chosen and the choice says "no
 * evidence of reaction", naming any specification that beats both baselines at horizon 1 but was set
 * aside by (1) or (2), with why. Horizons 3 and 5 are reported beside it, not used to choose.
 */
public final class SpecificationSelection {
    /** The fewest one-step forecasts on which a specification can be said to beat the baselines. */
    public static final int MIN_FORECASTS = 5;
    /** What a choice of the drift says. */
    public static final String NO_EVIDENCE = "no evidence of reaction";

    private SpecificationSelection() {
    }

    /**
     * One specification's record for a state.
     *
     * @param fullWindow its fit on the whole window
     * @param evaluation its rolling-origin evaluation
     */
    public record Candidate(Estimate fullWindow, RollingOriginEvaluation.Result evaluation) {
        /** The specification. */
        public Specification specification() {
            return fullWindow.specification();
        }

        /** Why it is not a candidate, or empty when it is. */
        public String disqualification() {
            Specification spec = specification();
            if (!spec.positiveByConstruction()) {
                return "in levels: not positive by construction";
            }
            if (!fullWindow.ok()) {
                return "no fit: " + fullWindow.fit().problem();
            }
            if (!fullWindow.model().admissible()) {
                return "estimate outside " + spec.admissibleRegion();
            }
            Optional<RollingOriginEvaluation.Accuracy> one = evaluation.at(1);
            if (one.isEmpty() || one.get().forecasts() < MIN_FORECASTS) {
                return (one.isEmpty() ? 0 : one.get().forecasts()) + " one-step forecasts (needs " + MIN_FORECASTS
                        + ")";
            }
            if (!beatsBaselines()) {
                return "does not beat both baselines at horizon 1";
            }
            return "";
        }

        /**
         * Whether its out-of-sample record beats both baselines at horizon 1 on at least
         * {@value #MIN_FORECASTS} forecasts, whether or not it is a candidate otherwise.
         */
        public boolean beatsBaselines() {
            Optional<RollingOriginEvaluation.Accuracy> one = evaluation.at(1);
            return one.isPresent() && one.get().forecasts() >= MIN_FORECASTS && one.get().beatsBothBaselines();
        }
    }

    /**
     * The choice for one state.
     *
     * @param chosen          the chosen record (the drift's when no specification qualifies)
     * @param beatsBaselines  whether the chosen specification is one that beat both baselines (false: the drift
     *                        was chosen, though a specification that is not eligible may have beaten them)
     * @param reason          why, in words
     */
    public record Choice(Candidate chosen, boolean beatsBaselines, String reason) {
    }

    /**
     * Chooses among {@code candidates}.
     *
     * @param candidates the specifications' records, in preference order for ties
     * @param drift      the drift baseline's record, chosen when no candidate qualifies
     */
    public static Choice choose(List<Candidate> candidates, Candidate drift) {
        if (!(drift.specification() instanceof RandomWalkWithDrift)) {
            throw new IllegalArgumentException("the fallback must be the drift baseline, got "
                    + drift.specification().id());
        }
        List<Candidate> qualified = new ArrayList<>();
        List<Candidate> setAside = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.specification() instanceof RandomWalkWithDrift) {
                continue;
            }
            if (c.disqualification().isEmpty()) {
                qualified.add(c);
            } else if (c.beatsBaselines()) {
                setAside.add(c);
            }
        }
        return qualified.stream()
                .min(Comparator.comparingDouble(c -> c.evaluation().at(1).orElseThrow().mase()))
                .map(c -> new Choice(c, true, c.specification().id() + " beats persistence and the drift at horizon 1"
                        + " (lowest MASE of " + qualified.size() + " that do)"))
                .orElseGet(() -> new Choice(drift, false, NO_EVIDENCE + ": " + noneQualifies(setAside)));
    }

    /**
     * Why no specification qualifies: none beats both baselines, or those that do are set aside, each
     * with its reason.
     */
    private static String noneQualifies(List<Candidate> setAside) {
        if (setAside.isEmpty()) {
            return "no specification beats both baselines at horizon 1";
        }
        List<String> ids = setAside.stream().map(c -> c.specification().id()).toList();
        boolean one = ids.size() == 1;
        String named = one ? ids.get(0) : String.join(", ", ids.subList(0, ids.size() - 1)) + " and "
                + ids.get(ids.size() - 1);
        return named + (one ? " beats" : " beat") + " both baselines at horizon 1 but " + (one ? "is" : "are")
                + " not eligible (" + String.join("; ", setAside.stream().map(c -> c.specification().id() + ": "
                        + c.disqualification()).toList()) + "); no eligible specification does";
    }
}
