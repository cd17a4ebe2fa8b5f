package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TriangleCensusTest {
    /**
     * Hand-worked K4: A-B +, A-C +, B-C -, A-D -, B-D -, C-D -. Triangles: ABC (+,+,-) one negative,
     * unbalanced; ABD (+,-,-) and ACD (+,-,-) two negatives, balanced; BCD (-,-,-) three, unbalanced.
     */
    @Test
    void countsAHandWorkedK4() {
        SignedNetwork net = SignedNetwork.builder().addEdge("A", "B", 1).addEdge("A", "C", 1).addEdge("B", "C", -1)
                .addEdge("A", "D", -1).addEdge("B", "D", -1).addEdge("C", "D", -1).build();

        TriangleCensus census = TriangleCensus.of(net);

        assertThat(census.byNegatives()).containsExactly(0, 1, 2, 1);
        assertThat(census.balanced()).isEqualTo(2);
        assertThat(census.unbalanced()).isEqualTo(2);
        assertThat(census.balancedShare()).isEqualTo(0.5);
        assertThat(census.unbalancedTriads()).extracting(TriangleCensus.Triad::toString)
                .containsExactly("A-B-C (+,+,-)", "B-C-D (-,-,-)");
    }

    @Test
    void namesTheNodesOfAnUnbalancedTriadInOrderWithTheirSigns() {
        SignedNetwork net = SignedNetwork.builder().addEdge("USA", "RUS", -1).addEdge("RUS", "IND", 1)
                .addEdge("IND", "USA", 1).addEdge("USA", "GBR", 1).build();

        TriangleCensus.Triad triad = TriangleCensus.of(net).unbalancedTriads().get(0);

        assertThat(triad.name()).isEqualTo("IND-RUS-USA");
        assertThat(triad.signAB()).isEqualTo(1); // IND-RUS
        assertThat(triad.signAC()).isEqualTo(1); // IND-USA
        assertThat(triad.signBC()).isEqualTo(-1); // RUS-USA
        assertThat(triad.isBalanced()).isFalse();
    }

    @Test
    void agreesWithATripleLoopOnRandomNetworks() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int trial = 0; trial < 50; trial++) {
            int n = 3 + rng.nextInt(15);
            int[][] sign = new int[n][n];
            SignedNetwork.Builder b = SignedNetwork.builder();
            for (int i = 0; i < n; i++) {
                b.addNode("v" + i);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (rng.nextDouble() < 0.5) {
                        sign[i][j] = sign[j][i] = rng.nextBoolean() ? 1 : -1;
                        b.addEdge("v" + i, "v" + j, sign[i][j]);
                    }
                }
            }
            long[] expected = new long[4];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    for (int k = j + 1; k < n; k++) {
                        if (sign[i][j] != 0 && sign[i][k] != 0 && sign[j][k] != 0) {
                            expected[(sign[i][j] < 0 ? 1 : 0) + (sign[i][k] < 0 ? 1 : 0) + (sign[j][k] < 0 ? 1 : 0)]++;
                        }
                    }
                }
            }
            TriangleCensus census = TriangleCensus.of(b.build());
            assertThat(census.byNegatives()).containsExactly(expected);
            assertThat(census.unbalancedTriads()).hasSize((int) (expected[1] + expected[3]));
        }
    }
}
