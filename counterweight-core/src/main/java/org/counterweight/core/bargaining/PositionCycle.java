package org.counterweight.core.bargaining;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A cycle of a bargaining run: the positions after round {@code first + period} are exactly those
 * after round {@code first}. A round of {@link ExpectedUtilityModel} depends on the positions alone
 * (capabilities and saliences do not change), so from round {@code first} on the run repeats the same
 * {@code period} rounds for ever, and its last round's median is wherever in the cycle the run stops.
 * Masad (2016) finds such cycles in the original model's medians.
 *
 * @param first   the first round of the cycle
 * @param period  its length in rounds, at least 2 (positions that stop changing are a resting point, not a cycle)
 * @param medians the median after each of its rounds, {@code first} to {@code first + period - 1}
 */
public record PositionCycle(int first, int period, double[] medians) {
    public PositionCycle {
        if (period < 2 || medians.length != period) {
            throw new IllegalArgumentException("a cycle has a period of at least 2 and one median per round, got period "
                    + period + " and " + medians.length + " medians");
        }
        medians = medians.clone();
    }

    @Override
    public double[] medians() {
        return medians.clone();
    }

    /**
     * The cycle of {@code rounds} (round 0 first), found at the first round whose positions repeat an
     * earlier round's; empty when no round repeats one or the first repeat is of the round just before
     * (the positions have come to rest).
     */
    public static Optional<PositionCycle> of(List<Round> rounds) {
        for (int later = 1; later < rounds.size(); later++) {
            double[] positions = rounds.get(later).positions();
            for (int earlier = later - 1; earlier >= 0; earlier--) {
                if (Arrays.equals(positions, rounds.get(earlier).positions())) {
                    int period = later - earlier;
                    if (period == 1) {
                        return Optional.empty();
                    }
                    return Optional.of(new PositionCycle(earlier, period, rounds.subList(earlier, later).stream()
                            .mapToDouble(Round::median).toArray()));
                }
            }
        }
        return Optional.empty();
    }
}
