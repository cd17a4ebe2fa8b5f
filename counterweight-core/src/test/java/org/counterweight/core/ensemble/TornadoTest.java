package org.counterweight.core.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {
    /**
     * f(p) = 3 p0 - 5 p1 + 0.5 p2 + 2 p3 with every parameter moved by +-1 around base (1, 1, 1, 1):
     * swings are 2 |coefficient| = 6, 10, 1 and 4, so the order is p1, p0, p3, p2.
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
        assertThat(r.bars()).extracting(Tornado.Bar::swing).containsExactly(10.0, 6.0, 4.0, 1.0);
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
        assertThat(r.bars().get(2).swing()).isNaN();
        assertThatThrownBy(() -> Tornado.of(List.of("a"), new double[] {0, 1}, new double[] {0, 1},
                new double[] {0, 1}, p -> 0)).hasMessageContaining("one entry per parameter");
        assertThatThrownBy(() -> Tornado.of(List.of("a"), new double[] {0}, new double[] {Double.NaN},
                new double[] {1}, p -> 0)).hasMessageContaining("parameter a has a non-finite value");
    }
}
