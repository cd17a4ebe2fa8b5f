package org.counterweight.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {
    /**
     * f(p) = 3 p0 - 5 p1 + 0.5 p2 + 2 p3 with every parameter moved by +-1 around base (1, 1, 1, 1):
     * largest changes are |coefficient| = 3, 5, 0.5 and 2, so the order is p1, p0, p3, p2.
     */
    @Test
    void orderingOnALinearFunctionFollowsTheCoefficients() {
        double[] c = {3, -5, 0.5, 2};
        Tornado.Result r = Tornado.of(List.of("p0", "p1", "p2", "p3"), new double[] {1, 1, 1, 1},
                new double[] {0, 0, 0, 0}, new double[] {2, 2, 2, 2}, p -> {
                    double s = 0;
                    for (int j = 0; j < p.length; j++) {
                        s += c[j] * p[j];
                    }
                    p[0] = 1e9; // the function may scribble on its copy
                    return s;
                });
        assertThat(r.baseOutput()).isCloseTo(0.5, within(1e-12));
        assertThat(r.bars()).extracting(Tornado.Bar::name).containsExactly("p1", "p0", "p3", "p2");
        assertThat(r.bars()).extracting(Tornado.Bar::largestChange).containsExactly(5.0, 3.0, 2.0, 0.5);
        Tornado.Bar p1 = r.bars().get(0);
        assertThat(p1.outputLow()).isCloseTo(0.5 + 5, within(1e-12));
        assertThat(p1.outputHigh()).isCloseTo(0.5 - 5, within(1e-12));
        assertThat(p1.index()).isEqualTo(1);
    }

    @Test
    void tiesKeepParameterOrderAndNaNGoesLast() {
        Tornado.Result r = Tornado.of(List.of("a", "b", "c"), new double[] {0, 0, 0}, new double[] {-1, -1, -1},
                new double[] {1, 1, 1}, p -> p[2] != 0 ? Double.NaN : p[0] + p[1]);
        assertThat(r.bars()).extracting(Tornado.Bar::name).containsExactly("a", "b", "c");
        assertThat(r.bars().get(2).largestChange()).isNaN();
        assertThatThrownBy(() -> Tornado.of(List.of("a"), new double[] {0, 1}, new double[] {0, 1},
                new double[] {0, 1}, p -> 0)).hasMessageContaining("one entry per parameter");
        assertThatThrownBy(() -> Tornado.of(List.of("a"), new double[] {0}, new double[] {Double.NaN},
                new double[] {1}, p -> 0)).hasMessageContaining("parameter a has a non-finite value");
    }

    /**
     * f(p0, p1) = |p0| + 0.1 p1 around (0, 0) over [-1, 1]: both ends of p0 give 1, so its swing
     * |f(high) - f(low)| is 0, yet each end moves the output by 1 from the base; p1 moves it by 0.1 at
     * most. p0 ranks first, with both ends' changes.
     */
    @Test
    void aParameterWhoseEndsAgreeButDifferFromTheBaseRanksByItsLargestChange() {
        Tornado.Result r = Tornado.of(List.of("p0", "p1"), new double[] {0, 0}, new double[] {-1, -1},
                new double[] {1, 1}, p -> Math.abs(p[0]) + 0.1 * p[1]);
        Tornado.Bar p0 = r.bars().get(0);
        assertThat(p0.name()).isEqualTo("p0");
        assertThat(p0.outputLow()).isEqualTo(p0.outputHigh());
        assertThat(p0.changeAtLow()).isEqualTo(1.0);
        assertThat(p0.changeAtHigh()).isEqualTo(1.0);
        assertThat(p0.largestChange()).isEqualTo(1.0);
        assertThat(r.bars().get(1).largestChange()).isCloseTo(0.1, within(1e-12));
    }
}
