package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WalkBalanceTest {
    @Test
    void balancedNetworksScoreOne() {
        // two blocs {A,B,C} and {D,E}: positive inside, negative across
        SignedNetwork net = SignedNetwork.builder().addEdge("A", "B", 1).addEdge("B", "C", 1).addEdge("A", "C", 1)
                .addEdge("D", "E", 1).addEdge("A", "D", -1).addEdge("C", "E", -1).addNode("F").build();

        assertThat(WalkBalance.of(net).ratio()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anUnbalancedTriangleHasTheClosedFormRatio() {
        // signed triangle with one negative edge: eigenvalues of A are {1, 1, -2}; of |A| {2, -1, -1}
        SignedNetwork net = SignedNetwork.builder().addEdge("A", "B", 1).addEdge("B", "C", 1).addEdge("A", "C", -1)
                .build();
        double expected = (2 * Math.E + Math.exp(-2)) / (Math.exp(2) + 2 * Math.exp(-1));

        WalkBalance k = WalkBalance.of(net);

        assertThat(k.ratio()).isCloseTo(expected, within(1e-12)).isLessThan(1);
        assertThat(k.weighted()).isFalse();
    }

    @Test
    void largeWeightsDoNotOverflow() {
        SignedNetwork net = SignedNetwork.builder().addEdge("A", "B", 1, 900).addEdge("B", "C", 1, 900)
                .addEdge("A", "C", -1, 900).build();

        WalkBalance k = WalkBalance.of(net, true);

        // eigenvalues scale by 900: ratio -> exp(900 - 1800) * (2 + ...) / (1 + ...)
        assertThat(k.logTraceAbsolute()).isCloseTo(1800, within(1e-6));
        assertThat(k.logTraceSigned()).isCloseTo(900 + Math.log(2), within(1e-6));
        assertThat(k.ratio()).isGreaterThanOrEqualTo(0).isLessThan(1e-300);
    }

    @Test
    void gahukuGamaIsUnbalanced() {
        WalkBalance k = WalkBalance.of(Datasets.tribes());
        assertThat(k.ratio()).isGreaterThan(0).isLessThan(1);
    }
}
