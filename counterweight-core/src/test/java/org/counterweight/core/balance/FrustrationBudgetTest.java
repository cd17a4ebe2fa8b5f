package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 "Why" point 4: {@code balance --edges} on a complete 70-node graph ran over 90 s with no
 * budget, and weights of 1e308 threw a NullPointerException. A budget now ends the search with the
 * best partition and a proven bound; weights whose sum is not a number are refused.
 */
class FrustrationBudgetTest {
    private static SignedNetwork complete(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SignedNetwork.Builder builder = SignedNetwork.builder();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                builder.addEdge("N" + i, "N" + j, random.nextBoolean() ? 1 : -1);
            }
        }
        return builder.build();
    }

    @Test
    void aNodeBudgetEndsTheSearchOnACompleteGraphWithAValidBoundAndPartition() {
        SignedNetwork network = complete(70, 1);
        FrustrationIndex.Result result = FrustrationIndex.compute(network,
                FrustrationIndex.Options.defaults().withNodeBudget(2000));
        assertThat(result.status()).isEqualTo(FrustrationIndex.Status.BUDGET_EXCEEDED);
        assertThat(result.lowerBound()).isPositive().isLessThanOrEqualTo(result.frustration());
        assertThat(result.frustratedTies()).hasSize((int) result.frustration());
        assertThat(result.searchNodes()).isLessThanOrEqualTo(2001);
    }

    @Test
    void aSpentTimeBudgetStillGivesAPartitionFromOneLocalSearch() {
        FrustrationIndex.Result result = FrustrationIndex.compute(complete(70, 2),
                FrustrationIndex.Options.defaults().withTimeBudget(Duration.ZERO));
        assertThat(result.isOptimal()).isFalse();
        assertThat(result.lowerBound()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(result.frustration());
        assertThat(result.blocs()).hasSize(70);
    }

    @Test
    void weightsWhoseSumIsNotANumberAreRefused() {
        SignedNetwork.Builder builder = SignedNetwork.builder().addEdge("A", "B", 1, 1e308).addEdge("B", "C", -1, 1e308)
                .addEdge("A", "C", 1, 1e308);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weights sum beyond the range of numbers");
    }
}
