package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Closed forms: path P_n has eigenvalues 2cos(pi k/(n+1)), k = 1..n; cycle C_n has 2cos(2 pi k/n). */
class SymmetricEigenvaluesTest {
    @Test
    void pathGraphsHaveTheirClosedFormSpectra() {
        for (int n : new int[] {1, 2, 5, 17, 60}) {
            double[][] a = new double[n][n];
            for (int i = 0; i + 1 < n; i++) {
                a[i][i + 1] = a[i + 1][i] = 1;
            }
            double[] expected = new double[n];
            for (int k = 1; k <= n; k++) {
                expected[k - 1] = 2 * Math.cos(Math.PI * k / (n + 1));
            }
            Arrays.sort(expected);
            assertSpectrum(SymmetricEigenvalues.of(a), expected);
        }
    }

    @Test
    void cycleGraphsHaveTheirClosedFormSpectra() {
        for (int n : new int[] {3, 4, 9, 40}) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                a[i][(i + 1) % n] = a[(i + 1) % n][i] = 1;
            }
            double[] expected = new double[n];
            for (int k = 0; k < n; k++) {
                expected[k] = 2 * Math.cos(2 * Math.PI * k / n);
            }
            Arrays.sort(expected);
            assertSpectrum(SymmetricEigenvalues.of(a), expected);
        }
    }

    @Test
    void completeGraphAndTraceInvariants() {
        int n = 30;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = i == j ? 0 : 1;
            }
        }
        double[] expected = new double[n];
        Arrays.fill(expected, -1);
        expected[n - 1] = n - 1;
        assertSpectrum(SymmetricEigenvalues.of(k), expected);
        assertThatThrownBy(() -> SymmetricEigenvalues.of(new double[][] {{0, 1}, {2, 0}}))
                .hasMessageContaining("symmetric");
    }

    private static void assertSpectrum(double[] actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(1e-10));
        }
    }
}
