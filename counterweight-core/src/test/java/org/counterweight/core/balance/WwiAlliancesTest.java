package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The great-power network before the First World War, after Antal, Krapivsky &amp; Redner (2006),
 * "Social balance on networks: The dynamics of friendship and enmity", Physica D 224:130-136,
 * doi:10.1016/j.physd.2006.09.028, Fig. 1 (data: manynet's irps_wwi). Their account: the relations
 * change in 1882 (Triple Alliance), 1890 (the German-Russian alliance lapses), 1891-94 (Franco-Russian
 * alliance), 1904 (Entente Cordiale) and 1907 (Anglo-Russian entente), when the network becomes
 * balanced: the Triple Entente (GBR, FRA, RUS) against the Triple Alliance (AUH, DEU, ITA).
 */
class WwiAlliancesTest {
    @Test
    void theNetworkChangesInThePublishedYears() {
        List<Integer> changes = new ArrayList<>();
        SignedNetwork previous = null;
        for (int year = 1872; year <= 1907; year++) {
            SignedNetwork net = Datasets.wwi(year);
            if (previous == null || !previous.edges().equals(net.edges())) {
                changes.add(year);
            }
            previous = net;
        }
        assertThat(changes).containsExactly(1872, 1882, 1890, 1891, 1904, 1907);
    }

    @Test
    void unbalancedUntil1907ThenTheTripleEntenteFacesTheTripleAlliance() {
        for (int year = 1872; year < 1907; year++) {
            SignedNetwork net = Datasets.wwi(year);
            FrustrationIndex.Result r = FrustrationIndex.compute(net);
            assertThat(r.frustration()).as("L in %d", year).isEqualTo(1.0);
            assertThat(TriangleCensus.of(net).unbalanced()).as("unbalanced triads in %d", year).isPositive();
            assertThat(WalkBalance.of(net).ratio()).as("K in %d", year).isLessThan(1);
        }
        for (int year = 1907; year < 1918; year++) {
            SignedNetwork net = Datasets.wwi(year);
            FrustrationIndex.Result r = FrustrationIndex.compute(net);
            assertThat(r.frustration()).as("L in %d", year).isZero();
            List<List<String>> blocs = List.of(r.blocA(), r.blocB());
            assertThat(blocs).containsExactlyInAnyOrder(List.of("GBR", "FRA", "RUS"), List.of("AUH", "DEU", "ITA"));
            TriangleCensus census = TriangleCensus.of(net);
            assertThat(census.unbalanced()).isZero();
            assertThat(census.byNegatives()).containsExactly(2, 0, 18, 0);
            assertThat(WalkBalance.of(net).ratio()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void in1872BritainsIsolationLeavesTwoAllNegativeTriads() {
        TriangleCensus census = TriangleCensus.of(Datasets.wwi(1872));
        assertThat(census.unbalancedTriads()).extracting(TriangleCensus.Triad::toString)
                .containsExactly("AUH-FRA-GBR (-,-,-)", "FRA-GBR-RUS (-,-,-)");
    }
}
