package org.counterweight.core.bargaining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionCycleTest {
    /** Rounds with these positions (two actors), each round's median the first actor's position. */
    private static List<Round> rounds(double[]... positions) {
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < positions.length; r++) {
            rounds.add(new Round(r, positions[r], new double[] {Double.NaN, Double.NaN}, positions[r][0], 0,
                    List.of()));
        }
        return rounds;
    }

    /** Round 5 repeats round 2: a cycle of period 3 from round 2, through rounds 2-4's medians. */
    @Test
    void theFirstRepeatGivesTheCycleItsStartPeriodAndMedians() {
        Optional<PositionCycle> cycle = PositionCycle.of(rounds(new double[] {1, 2}, new double[] {3, 2},
                new double[] {50, 1}, new double[] {100, 1}, new double[] {57.1385715, 1}, new double[] {50, 1},
                new double[] {100, 1}));

        assertThat(cycle).isPresent();
        assertThat(cycle.get().first()).isEqualTo(2);
        assertThat(cycle.get().period()).isEqualTo(3);
        assertThat(cycle.get().medians()).containsExactly(50, 100, 57.1385715);
    }

    /** The same median with other positions is no repeat; positions that stop changing are at rest, no cycle. */
    @Test
    void aRestingPointOrNoRepeatIsNoCycle() {
        assertThat(PositionCycle.of(rounds(new double[] {1, 2}, new double[] {1, 3}, new double[] {1, 4})))
                .isEmpty();
        assertThat(PositionCycle.of(rounds(new double[] {1, 2}, new double[] {3, 4}, new double[] {3, 4},
                new double[] {3, 4}))).isEmpty();
        assertThat(PositionCycle.of(rounds(new double[] {1, 2}))).isEmpty();
    }
}
