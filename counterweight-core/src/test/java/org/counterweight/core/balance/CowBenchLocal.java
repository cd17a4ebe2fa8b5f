package org.counterweight.core.balance;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CowBenchLocal {
    @Test
    void bench() {
        Map<String, SignedNetwork> w = Datasets.cowWindows();
        long t0 = System.nanoTime();
        for (var e : w.entrySet()) {
            long s = System.nanoTime();
            var r = FrustrationIndex.compute(e.getValue(), FrustrationIndex.Options.defaults().withTimeBudget(Duration.ofSeconds(20)));
            System.out.printf("%s n=%d m=%d L=%.0f lb=%.1f %s nodes=%d blocks=%d largest=%d %.2fs%n", e.getKey(),
                    e.getValue().nodeCount(), e.getValue().edgeCount(), r.frustration(), r.lowerBound(), r.status(),
                    r.searchNodes(), r.blockCount(), r.largestBlock(), (System.nanoTime() - s) / 1e9);
        }
        System.out.printf("total %.2fs%n", (System.nanoTime() - t0) / 1e9);
    }
}
