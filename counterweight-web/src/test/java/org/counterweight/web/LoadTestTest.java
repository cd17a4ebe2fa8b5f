package org.counterweight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load test's percentiles: nearest rank (Hyndman &amp; Fan type 1), checked by hand on small samples. */
class LoadTestTest {
    @Test
    void percentilesAreNearestRank() {
        double[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        // ceil(0.5 * 10) = 5th value; ceil(0.95 * 10) = 10th; ceil(0.99 * 10) = 10th.
        assertThat(LoadTest.rank(ten, 0.50)).isEqualTo(5);
        assertThat(LoadTest.rank(ten, 0.95)).isEqualTo(10);
        assertThat(LoadTest.rank(ten, 0.99)).isEqualTo(10);
        assertThat(LoadTest.rank(new double[] {7}, 0.5)).isEqualTo(7);
        assertThat(LoadTest.rank(new double[0], 0.5)).isNaN();
    }
}
