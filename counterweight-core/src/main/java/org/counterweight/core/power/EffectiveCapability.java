package org.counterweight.core.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An actor's effective capability: its own capability plus the weighted capabilities of its
 * partners, C_eff(i) = C(i) + sum_j w(i, j) C(j), the aggregation of allies' power that
 * balance-of-power and balance-of-threat theory assume (Walt 1987, The Origins of Alliances, ch. 2).
 * The weights say how much of a partner's capability the actor can expect; {@link ExpectedSupport}
 * derives them from treaty reliability or portfolio similarity.
 *
 * <p>One level only: partners' partners do not count (a chain of weights below 1 would add little
 * and double-count shared partners). A partner with no capability figure (missing or not covered)
 * adds nothing and is listed in {@link Result#missingPartners()} so the gap is visible.
 */
public final class EffectiveCapability {
    private EffectiveCapability() {
    }

    /** One partner's contribution. */
    public record Contribution(String partner, double weight, double capability, double added) {
    }

    /**
     * @param own             the actor's own capability
     * @param effective       own plus contributions
     * @param contributions   each partner's weighted contribution, largest first
     * @param missingPartners partners with a weight but no capability figure
     */
    public record Result(String actor, double own, double effective, List<Contribution> contributions,
            List<String> missingPartners) {
        public Result {
            contributions = List.copyOf(contributions);
            missingPartners = List.copyOf(missingPartners);
        }
    }

    /**
     * @param capability capability by actor (for example CINC or military expenditure); absent actors
     *                   have no figure
     * @throws IllegalArgumentException when the actor itself has no figure
     */
    public static Result of(String actor, Map<String, Double> capability, AlignmentWeights weights) {
        Double own = capability.get(actor);
        if (own == null || !Double.isFinite(own)) {
            throw new IllegalArgumentException("no capability figure for " + actor);
        }
        return of(actor, own, capability, weights);
    }

    /**
     * As {@link #of(String, Map, AlignmentWeights)} with the actor's own capability given (a bloc's:
     * the sum of its members').
     *
     * @throws IllegalArgumentException when {@code own} is not finite
     */
    public static Result of(String actor, double own, Map<String, Double> capability, AlignmentWeights weights) {
        if (!Double.isFinite(own)) {
            throw new IllegalArgumentException("no capability figure for " + actor);
        }
        double effective = own;
        List<Contribution> contributions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String partner : weights.partners(actor)) {
            Double c = capability.get(partner);
            double w = weights.weight(actor, partner);
            if (c == null || !Double.isFinite(c)) {
                missing.add(partner);
                continue;
            }
            contributions.add(new Contribution(partner, w, c, w * c));
            effective += w * c;
        }
        contributions.sort((a, b) -> Double.compare(b.added(), a.added()));
        return new Result(actor, own, effective, contributions, missing);
    }
}
