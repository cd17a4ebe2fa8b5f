package org.counterweight.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Certificates for the exhaustive search on seeded random landscapes (n ≤ 12) against
 * {@link BruteForce}: same energies, same local minima, basins equal to following the
 * steepest-descent rule configuration by configuration.
 */
class ExhaustiveAlignmentSearchTest {
    private static final long SEED = 20240611L;

    @Test
    void grayCodeEnergiesEqualDirectComputation() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + trial % 12;
            Landscape landscape = BruteForce.random(n, rng, trial % 2 == 0);
            double[] scanned = ExhaustiveAlignmentSearch.scannedEnergies(landscape);
            double[] direct = BruteForce.energies(landscape);
            assertThat(scanned).hasSameSizeAs(direct);
            for (int k = 0; k < direct.length; k++) {
                assertThat(scanned[k]).as("n=%d configuration %d", n, k)
                        .isCloseTo(direct[k], within(landscape.tolerance() + 1e-12));
            }
        }
    }

    @Test
    void reportsExactlyTheBruteForceLocalMinimaWithTheirBasins() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int trial = 0; trial < 80; trial++) {
            int n = 1 + trial % 12;
            boolean integers = trial % 2 == 0;
            Landscape landscape = BruteForce.random(n, rng, integers);
            LandscapeAnalysis analysis = new ExhaustiveAlignmentSearch().search(landscape);

            TreeMap<Long, Double> expected = BruteForce.localMinima(landscape);
            TreeMap<Long, Long> basins = BruteForce.basins(landscape);
            assertThat(analysis.exhaustive()).isTrue();
            assertThat(analysis.basinMeasure()).isEqualTo(BasinMeasure.EXACT);
            assertThat(analysis.configurations()).isEqualTo(1L << (n - 1));
            assertThat(analysis.minima()).extracting(LocalMinimum::configuration)
                    .as("trial %d", trial).containsExactlyInAnyOrderElementsOf(expected.keySet());
            long basinTotal = 0;
            for (LocalMinimum m : analysis.minima()) {
                assertThat(landscape.isLocalMinimum(m.configuration())).isTrue();
                assertThat(m.energy()).isEqualTo(landscape.energy(m.configuration()));
                // a minimum's basin contains at least itself; brute force may reach none other
                assertThat(m.basinSize()).as("trial %d minimum %d", trial, m.configuration())
                        .isEqualTo(basins.getOrDefault(m.configuration(), 0L)).isPositive();
                basinTotal += m.basinSize();
            }
            assertThat(basinTotal).isEqualTo(1L << (n - 1));
            assertThat(basins.keySet()).isSubsetOf(expected.keySet());

            double globalMinimum = expected.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            assertThat(analysis.bestEnergy()).isEqualTo(globalMinimum);
            assertThat(analysis.lowerBound()).isEqualTo(globalMinimum);
            assertThat(analysis.gap()).isZero();
            assertThat(analysis.globalMinima()).extracting(LocalMinimum::configuration)
                    .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                            .filter(e -> e.getValue() <= globalMinimum + landscape.tolerance())
                            .map(java.util.Map.Entry::getKey).toList());
            for (int k = 1; k < analysis.minima().size(); k++) {
                assertThat(analysis.minima().get(k).energy()).isGreaterThanOrEqualTo(analysis.minima().get(k - 1).energy());
            }
        }
    }

    @Test
    void minimumRecordsNameEveryActorsBlocAndFrustration() {
        Landscape landscape = BruteForce.random(9, new SplittableRandom(SEED + 2), true);
        for (LocalMinimum m : new ExhaustiveAlignmentSearch().search(landscape).minima()) {
            assertThat(m.actors()).hasSize(9);
            assertThat(m.actors().get(0).bloc()).isZero();
            double sum = 0;
            for (int i = 0; i < 9; i++) {
                ActorAlignment a = m.actors().get(i);
                assertThat(a.actor()).isEqualTo("A" + i);
                assertThat(a.size()).isEqualTo(landscape.size(i));
                assertThat(a.bloc()).isEqualTo(Landscape.bloc(m.configuration(), i));
                assertThat(a.frustration()).isEqualTo(landscape.frustration(m.configuration(), i));
                sum += a.size() * a.frustration();
            }
            assertThat(sum).isCloseTo(m.energy(), within(1e-9));
            assertThat(m.bloc(0).size() + m.bloc(1).size()).isEqualTo(9);
        }
    }

    @Test
    void withoutBasinsMinimaAreTheSameAndBasinsUnknown() {
        Landscape landscape = BruteForce.random(10, new SplittableRandom(SEED + 3), false);
        LandscapeAnalysis with = new ExhaustiveAlignmentSearch().search(landscape);
        LandscapeAnalysis without = new ExhaustiveAlignmentSearch(false).search(landscape);
        assertThat(without.basinMeasure()).isEqualTo(BasinMeasure.NOT_COMPUTED);
        assertThat(without.minima()).extracting(LocalMinimum::configuration)
                .containsExactlyElementsOf(with.minima().stream().map(LocalMinimum::configuration).toList());
        assertThat(without.minima()).allMatch(m -> m.basinSize() == LocalMinimum.UNKNOWN_BASIN);
    }

    @Test
    void aFlatLandscapeIsOnePlateauOfGlobalMinimaEachItsOwnBasin() {
        int n = 6;
        Landscape flat = Landscape.of(BruteForce.names(n), new double[] {1, 2, 3, 4, 5, 6}, new double[n][n]);
        LandscapeAnalysis analysis = new ExhaustiveAlignmentSearch().search(flat);
        assertThat(analysis.minima()).hasSize(32).allMatch(LocalMinimum::global).allMatch(m -> m.basinSize() == 1);
        assertThat(analysis.bestEnergy()).isZero();
    }

    @Test
    void twoFriendsAndAnEnemyGiveTheObviousAlignment() {
        // A and B like each other, both dislike C: the unique minimum is {A, B} vs {C}; E = 2·(−1−1)·1 = −4
        double[][] p = {{0, 1, -1}, {1, 0, -1}, {-1, -1, 0}};
        LandscapeAnalysis analysis = new ExhaustiveAlignmentSearch()
                .search(Landscape.of(List.of("A", "B", "C"), new double[] {1, 1, 1}, p));
        assertThat(analysis.minima()).hasSize(1);
        LocalMinimum m = analysis.minima().get(0);
        assertThat(m.bloc(0)).containsExactly("A", "B");
        assertThat(m.bloc(1)).containsExactly("C");
        assertThat(m.energy()).isEqualTo(-4);
        assertThat(m.basinSize()).isEqualTo(4);
        assertThat(m.actors()).extracting(ActorAlignment::frustration).containsExactly(-1.0, -1.0, -2.0);
    }

    @Test
    void aSingleActorHasOneConfiguration() {
        LandscapeAnalysis analysis = new ExhaustiveAlignmentSearch()
                .search(Landscape.of(List.of("Alone"), new double[] {3}, new double[][] {{0}}));
        assertThat(analysis.configurations()).isEqualTo(1);
        assertThat(analysis.minima()).singleElement().satisfies(m -> {
            assertThat(m.energy()).isZero();
            assertThat(m.basinSize()).isEqualTo(1);
        });
    }

    @Test
    void refusesMoreActorsThanItCanEnumerate() {
        Landscape big = BruteForce.random(33, new SplittableRandom(SEED), true);
        assertThatThrownBy(() -> new ExhaustiveAlignmentSearch().search(big))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 32");
    }
}
