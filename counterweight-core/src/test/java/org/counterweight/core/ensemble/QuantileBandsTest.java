package org.counterweight.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterweight.core.estimation.Quantiles;
import org.junit.jupiter.api.Test;

/**
 * Type-7 quantiles (Hyndman & Fan 1996, definition 7; R's {@code quantile(x, type = 7)}), hand
 * computed: h = (n - 1) p, Q = x_(floor h + 1) + (h - floor h)(x_(floor h + 2) - x_(floor h + 1)).
 * <pre>
 * x = 1..10, p = .05 .25 .5 .75 .95: h = 0.45, 2.25, 4.5, 6.75, 8.55 -> 1.45, 3.25, 5.5, 7.75, 9.55
 * x = (3, 1, 4, 1, 5) sorted (1, 1, 3, 4, 5): h = 0.2, 1, 2, 3, 3.8 -> 1, 1, 3, 4, 4.8
 * </pre>
 */
class QuantileBandsTest {
    private static Ensemble ensembleOf(double[]... columnsByTime) {
        int runs = columnsByTime[0].length;
        List<Trajectory> trajectories = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double[] values = new double[columnsByTime.length];
            for (int t = 0; t < columnsByTime.length; t++) {
                values[t] = columnsByTime[t][r];
            }
            trajectories.add(Trajectory.yearly(2030, Map.of("x", values)));
        }
        return new Ensemble(5L, trajectories);
    }

    @Test
    void quantilesMatchRType7() {
        assertThat(Quantiles.type7(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 0.05, 0.25, 0.5, 0.75, 0.95))
                .containsExactly(new double[] {1.45, 3.25, 5.5, 7.75, 9.55}, within(1e-12));
        assertThat(Quantiles.type7(new double[] {3, 1, 4, 1, 5}, 0.05, 0.25, 0.5, 0.75, 0.95))
                .containsExactly(new double[] {1, 1, 3, 4, 4.8}, within(1e-12));
        assertThat(Quantiles.type7(new double[] {7}, 0, 0.3, 1)).containsExactly(7, 7, 7);
        assertThat(Quantiles.type7(new double[] {2, 4}, 0, 1)).containsExactly(2, 4);
    }

    @Test
    void bandsPerTimePointExcludeAndCountNaN() {
        Ensemble e = ensembleOf(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1},
                new double[] {3, Double.NaN, 1, 4, Double.NaN, 1, 5, Double.NaN, Double.NaN, Double.NaN},
                new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN});
        QuantileBands.Bands bands = QuantileBands.of(e);
        QuantileBands.SeriesBands x = bands.series("x");
        assertThat(bands.time()).containsExactly(2030, 2031, 2032);
        assertThat(bands.runs()).isEqualTo(10);
        assertThat(x.quantile(0.05)[0]).isCloseTo(1.45, within(1e-12));
        assertThat(x.quantile(0.95)[0]).isCloseTo(9.55, within(1e-12));
        assertThat(x.quantile(0.5)[0]).isCloseTo(5.5, within(1e-12));
        assertThat(x.quantile(4, 1)).isCloseTo(4.8, within(1e-12));
        assertThat(x.quantile(1, 1)).isCloseTo(1, within(1e-12));
        assertThat(x.mean()[0]).isCloseTo(5.5, within(1e-12));
        assertThat(x.mean()[1]).isCloseTo(14.0 / 5, within(1e-12));
        assertThat(x.count()).containsExactly(10, 5, 0);
        assertThat(x.missing()).containsExactly(0, 5, 10);
        assertThat(x.quantile(0.5)[2]).isNaN();
        assertThat(x.mean()[2]).isNaN();
        assertThatThrownBy(() -> x.quantile(0.1)).hasMessageContaining("was not computed");
        assertThatThrownBy(() -> QuantileBands.of(e, 0.5, 0.25)).hasMessageContaining("increase strictly");
        assertThatThrownBy(() -> bands.series("y")).hasMessageContaining("no series named y");
    }
}
