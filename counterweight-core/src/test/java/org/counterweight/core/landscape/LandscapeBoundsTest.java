package org.counterweight.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 "Why" point 4: one landscape size of 1e308 made energies infinite and the descent loop for
 * over 100 s; sizes of 1e200 made the tolerance infinite and every minimum global. Both are refused
 * (users' files moreover cap sizes at 1e12, {@code UserTables.MAX_VALUE}); the
 * multi-start descent stops beginning starts at its budget.
 */
class LandscapeBoundsTest {
    private static final double[][] TRIANGLE = {{0, 1, -1}, {1, 0, -1}, {-1, -1, 0}};

    @Test
    void sizesWhoseWeightsLeaveTheRangeOfNumbersAreRefused() {
        for (double size : new double[] {1e308, 1e200}) {
            assertThatThrownBy(() -> Landscape.of(List.of("A", "B", "C"), new double[] {size, size, size}, TRIANGLE))
                    .as("size %s", size).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("too large to compute with");
        }
        assertThat(Landscape.of(List.of("A", "B", "C"), new double[] {1e100, 1e100, 1e100}, TRIANGLE).tolerance())
                .isFinite();
    }

    @Test
    void aSpentBudgetRunsOneStartAndSaysSo() {
        Landscape landscape = Landscape.of(List.of("A", "B", "C"), new double[] {1, 2, 3}, TRIANGLE);
        LandscapeAnalysis analysis = new MultiStartDescentSearch(500, 1, Duration.ZERO).search(landscape);
        assertThat(analysis.configurations()).isEqualTo(1);
        assertThat(analysis.minima()).isNotEmpty();
        assertThat(new MultiStartDescentSearch(500, 1, Duration.ofHours(1)).search(landscape).configurations())
                .isEqualTo(500);
    }
}
