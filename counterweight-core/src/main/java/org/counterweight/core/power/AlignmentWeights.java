package org.counterweight.core.power;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much of a partner's capability counts toward an actor's effective capability: w(i, j) in
 * [0, 1], directed (what j lends i), 0 unless set.
 *
 * <p>The weights come from a stated method ({@link ExpectedSupport}: the rate at which treaty
 * commitments were honoured, or the third-party term of Bueno de Mesquita's expected-utility
 * models) or from a user who sets them by hand; a weight below 1 discounts the uncertainty of
 * support.
 */
public final class AlignmentWeights {
    private final Map<String, Map<String, Double>> weights;

    private AlignmentWeights(Map<String, Map<String, Double>> weights) {
        this.weights = weights;
    }

    public static AlignmentWeights none() {
        return new AlignmentWeights(Map.of());
    }

    /** Builds weights; later settings replace earlier ones. */
    public static final class Builder {
        private final Map<String, Map<String, Double>> weights = new HashMap<>();

        /** What partner lends actor. */
        public Builder set(String actor, String partner, double weight) {
            if (actor.equals(partner)) {
                throw new IllegalArgumentException("an actor cannot be its own partner: " + actor);
            }
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight of " + partner + " for " + actor + " must be in [0, 1], got "
                        + weight);
            }
            weights.computeIfAbsent(actor, a -> new HashMap<>()).put(partner, weight);
            return this;
        }

        /** Sets the weight both ways. */
        public Builder mutual(String a, String b, double weight) {
            return set(a, b, weight).set(b, a, weight);
        }

        public AlignmentWeights build() {
            Map<String, Map<String, Double>> copy = new HashMap<>();
            weights.forEach((actor, partners) -> copy.put(actor, Map.copyOf(partners)));
            return new AlignmentWeights(Map.copyOf(copy));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** w(actor, partner), 0 when unset. */
    public double weight(String actor, String partner) {
        return weights.getOrDefault(actor, Map.of()).getOrDefault(partner, 0.0);
    }

    /** The partners with a positive weight for actor, sorted. */
    public Set<String> partners(String actor) {
        Set<String> partners = new TreeSet<>();
        weights.getOrDefault(actor, Map.of()).forEach((p, w) -> {
            if (w > 0) {
                partners.add(p);
            }
        });
        return partners;
    }
}
