package org.counterweight.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LandscapeTest {
    private static final List<String> ABC = List.of("A", "B", "C");

    @Property(tries = 200, seed = "20240611")
    void energyIsTheSizeWeightedSumOfFrustrationsAndIgnoresWhichBlocIsWhich(
            @ForAll @IntRange(min = 1, max = 14) int n, @ForAll long seed, @ForAll long rawConfiguration) {
        Landscape landscape = BruteForce.random(n, new SplittableRandom(seed), seed % 2 == 0);
        long x = rawConfiguration & landscape.fullMask();
        double tolerance = landscape.tolerance() + 1e-12;

        double sum = 0;
        double[] f = landscape.frustrations(x);
        for (int i = 0; i < n; i++) {
            sum += landscape.size(i) * f[i];
        }
        assertThat(landscape.energy(x)).isCloseTo(sum, within(tolerance));
        assertThat(landscape.energy(x ^ landscape.fullMask())).isCloseTo(landscape.energy(x), within(tolerance));
        assertThat(landscape.canonical(x) & 1L).isZero();
        assertThat(landscape.energy(landscape.canonical(x))).isCloseTo(landscape.energy(x), within(tolerance));
        for (int i = 0; i < n; i++) {
            assertThat(landscape.moveGain(x, i)).as("gain of %d", i)
                    .isCloseTo(landscape.energy(x ^ (1L << i)) - landscape.energy(x), within(tolerance));
        }
    }

    @Property(tries = 50, seed = "20240612")
    void splitAllEnemiesBoundsEveryConfiguration(@ForAll @IntRange(min = 2, max = 10) int n, @ForAll long seed,
            @ForAll @LongRange(min = 0, max = 1023) long x) {
        Landscape landscape = BruteForce.random(n, new SplittableRandom(seed), false);
        assertThat(landscape.energy(x & landscape.fullMask())).isGreaterThanOrEqualTo(landscape.splitAllEnemiesBound());
    }

    @Test
    void copiesItsInputs() {
        double[] sizes = {1, 2, 3};
        double[][] p = {{0, 1, -1}, {1, 0, 2}, {-1, 2, 0}};
        Landscape landscape = Landscape.of(ABC, sizes, p);
        sizes[0] = 99;
        p[0][1] = 99;
        assertThat(landscape.size(0)).isEqualTo(1);
        assertThat(landscape.propensity(0, 1)).isEqualTo(1);
        landscape.sizes()[1] = 99;
        assertThat(landscape.size(1)).isEqualTo(2);
    }

    @Test
    void ignoresTheDiagonal() {
        double[][] p = {{Double.NaN, 1, -1}, {1, 7, 2}, {-1, 2, -3}};
        Landscape landscape = Landscape.of(ABC, new double[] {1, 1, 1}, p);
        assertThat(landscape.propensity(1, 1)).isZero();
        assertThat(landscape.energy(0b001)).isEqualTo(2 * (1 - 1));
    }

    @Test
    void namesTheAsymmetricPair() {
        double[][] p = {{0, 1, -1}, {1, 0, 2}, {-1, 3, 0}};
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, 1, 1}, p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(B, C) = 2.0")
                .hasMessageContaining("(C, B) = 3.0");
    }

    @Test
    void namesTheNonFinitePair() {
        double[][] p = {{0, Double.POSITIVE_INFINITY, -1}, {Double.POSITIVE_INFINITY, 0, 2}, {-1, 2, 0}};
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, 1, 1}, p))
                .hasMessageContaining("(A, B)").hasMessageContaining("finite");
    }

    @Test
    void rejectsBadSizesNamesAndShapes() {
        double[][] p = new double[3][3];
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, 0, 1}, p)).hasMessageContaining("size of B");
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, Double.NaN, 1}, p)).hasMessageContaining("size of B");
        assertThatThrownBy(() -> Landscape.of(List.of("A", "B", "A"), new double[] {1, 1, 1}, p))
                .hasMessageContaining("duplicate actor name: A");
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, 1}, p)).hasMessageContaining("sizes has 2");
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, 1, 1}, new double[][] {{0, 0, 0}, {0, 0}, {0, 0, 0}}))
                .hasMessageContaining("row of B");
        assertThatThrownBy(() -> Landscape.of(List.of(), new double[0], new double[0][0]))
                .hasMessageContaining("number of actors");
        assertThatThrownBy(() -> Landscape.of(ABC, new double[] {1, 1, 1}, p).energy(0b1000))
                .hasMessageContaining("bits beyond");
    }
}
