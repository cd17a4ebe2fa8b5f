package org.counterweight.core.power;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares and ratios of capability among a set of actors or blocs (a bloc's capability is the sum of
 * its members'). Shares are relative to the set given: CINC shares of a dyad, as in the power
 * transition and parity literature (e.g. Organski &amp; Kugler 1980), are cinc_A / (cinc_A + cinc_B).
 */
public final class CapabilityDistribution {
    private CapabilityDistribution() {
    }

    /** A bloc: a name and its members. */
    public record Bloc(String name, List<String> members) {
        public Bloc {
            if (members.isEmpty()) {
                throw new IllegalArgumentException("bloc " + name + " has no members");
            }
            members = List.copyOf(members);
        }
    }

    /** A bloc's total and share, or why it has none. */
    public record Entry(String bloc, Double capability, Double share, List<String> missingMembers) {
        public Entry {
            missingMembers = List.copyOf(missingMembers);
        }
    }

    /**
     * Each bloc's capability (the sum over its members; null when any member lacks a figure, since a
     * partial sum would understate it) and its share of the blocs' total (null when any is unknown).
     */
    public static List<Entry> of(List<Bloc> blocs, Map<String, Double> capability) {
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (Bloc bloc : blocs) {
            double sum = 0;
            List<String> absent = new java.util.ArrayList<>();
            for (String member : bloc.members()) {
                Double c = capability.get(member);
                if (c == null || !Double.isFinite(c)) {
                    absent.add(member);
                } else {
                    sum += c;
                }
            }
            totals.put(bloc.name(), absent.isEmpty() ? sum : null);
            missing.put(bloc.name(), absent);
        }
        boolean complete = totals.values().stream().allMatch(java.util.Objects::nonNull);
        double all = complete ? totals.values().stream().mapToDouble(Double::doubleValue).sum() : Double.NaN;
        return blocs.stream().map(b -> {
            Double total = totals.get(b.name());
            return new Entry(b.name(), total, complete && all > 0 ? total / all : null, missing.get(b.name()));
        }).toList();
    }

    /** a / b, or null when either is unknown or b is 0. */
    public static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }
}
