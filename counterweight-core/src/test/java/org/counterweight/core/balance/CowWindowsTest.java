package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * All 51 COW windows of Doreian &amp; Mrvar (2015) solve to proven optimality (about 2 s in all on
 * one core). The expected indices in {@code balance/cow_frustration_regression.csv} were computed by
 * this implementation (no published per-window values were found); they guard against regressions,
 * and each is a proven optimum (status OPTIMAL, bound met).
 */
class CowWindowsTest {
    @Test
    void everyWindowSolvesToOptimalityWithTheRecordedIndex() {
        Map<String, SignedNetwork> windows = Datasets.cowWindows();
        var expected = Datasets.resourceRows("/balance/cow_frustration_regression.csv");
        assertThat(windows).hasSize(51);
        assertThat(expected).hasSize(51);
        for (String[] row : expected) {
            SignedNetwork net = windows.get(row[0]);
            assertThat(net.nodeCount()).as(row[0]).isEqualTo(Integer.parseInt(row[1]));
            assertThat(net.edgeCount()).as(row[0]).isEqualTo(Integer.parseInt(row[2]));
            FrustrationIndex.Result r = FrustrationIndex.compute(net);
            assertThat(r.status()).as(row[0]).isEqualTo(FrustrationIndex.Status.OPTIMAL);
            assertThat(r.frustration()).as(row[0]).isEqualTo(Double.parseDouble(row[3]));
            assertThat(r.lowerBound()).as(row[0]).isEqualTo(r.frustration());
            assertThat(FrustrationIndexTest.cost(net, r)).as(row[0]).isEqualTo(r.frustration());
            assertThat(r.balanceScore()).as(row[0]).isBetween(0.8, 1.0);
        }
    }
}
