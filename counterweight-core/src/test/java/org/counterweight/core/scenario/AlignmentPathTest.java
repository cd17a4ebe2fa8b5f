package org.counterweight.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.ensemble.Trajectory;
import org.junit.jupiter.api.Test;

/**
 * Alignment paths on a four-actor system computed by hand. Pairs in order A-B, A-C, A-D, B-C, B-D, C-D.
 * Year 1: A-B +1, A-C -1, A-D -0.5, B-C -1, B-D none, C-D +0.5: balanced, blocs {A, B} against
 * {C, D} (every positive tie within, every negative across: frustration 0). Year 2: A-B turns -0.4;
 * the triangle A-B-C is all negative, so one tie must be frustrated (frustration 1). Year 3: not
 * reached (NaN).
 *
 * <p>Landscape energy E = sum over i != j of s_i s_j p_ij d_ij (d_ij = 1 across blocs), sizes 1: in
 * year 1, {A, B} | {C, D} has E = 2 (-1 - 0.5 - 1 + 0) = -5, and every other split is higher
 * (computed by hand: {A, B, D} | {C} -3, {A} | {B, C, D} -3, one bloc 0, ...); in year 2 the same
 * split has E = -5 against -3.8 for {A} | {B, C, D}, its nearest rival.
 */
class AlignmentPathTest {
    private static final List<String> ACTORS = List.of("A", "B", "C", "D");
    private static final double[][] TIES = {{1, -1, -0.5, -1, 0, 0.5}, {-0.4, -1, -0.5, -1, 0, 0.5},
        {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}};

    private static Trajectory run(double[][] ties) {
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String actor : ACTORS) {
            series.put(actor + ".milex", new double[] {1, 1, Double.NaN});
        }
        List<int[]> pairs = AlignmentPath.pairs(4);
        for (int p = 0; p < pairs.size(); p++) {
            double[] tie = new double[ties.length];
            for (int t = 0; t < ties.length; t++) {
                tie[t] = ties[t][p];
            }
            series.put(ScenarioSimulation.tieSeries(ACTORS.get(pairs.get(p)[0]), ACTORS.get(pairs.get(p)[1])), tie);
        }
        return Trajectory.yearly(2020, series);
    }

    @Test
    void blocsFrustrationAndLandscapeMinimumByYear() {
        AlignmentPath path = AlignmentPath.of(ACTORS, run(TIES), new HashMap<>());
        assertThat(path.firstYear()).isEqualTo(2020);
        assertThat(path.ties()[1]).containsExactly(TIES[1]);
        assertThat(path.partition()[0]).isEqualTo(0b1100L);
        assertThat(path.describe(path.partition()[0])).isEqualTo("A B | C D");
        assertThat(path.frustration()).containsExactly(0, 1, Double.NaN);
        assertThat(path.landscapeMinimum()[0]).isEqualTo(0b1100L);
        assertThat(path.landscapeMinimum()[1]).isEqualTo(0b1100L);
        assertThat(path.partition()[2]).isEqualTo(AlignmentPath.UNKNOWN);
        assertThat(path.landscapeMinimum()[2]).isEqualTo(AlignmentPath.UNKNOWN);
        assertThat(path.describe(AlignmentPath.UNKNOWN)).isEqualTo("unknown");
    }

    /** A partition and its mirror image are the same blocs: the comparison takes the one moving fewer actors. */
    @Test
    void movedActorsAreCountedUpToTheMirrorImage() {
        assertThat(AlignmentPath.moved(0b0010, 0b0000, 4)).isEqualTo(0b0010);
        assertThat(AlignmentPath.moved(0b1110, 0b0001, 4)).isZero();
        assertThat(AlignmentPath.moved(0b1111, 0b0010, 4)).isEqualTo(0b0010);
        // two of four either way: as given
        assertThat(AlignmentPath.moved(0b1101, 0b0001, 4)).isEqualTo(0b1100);
        assertThat(AlignmentPath.moved(0b0011, 0b0000, 4)).isEqualTo(0b0011);
    }

    /**
     * Two runs, one keeping year 1's ties throughout: in year 2 the A-B tie has flipped in half the
     * runs; the commonest partition is the reference's in year 1 in every run.
     */
    @Test
    void theSummarySharesCountRunsAgainstTheReference() {
        double[][] steady = {TIES[0], TIES[0], TIES[0]};
        Map<String, long[]> memo = new HashMap<>();
        AlignmentPath moving = AlignmentPath.of(ACTORS, run(TIES), memo);
        AlignmentPath still = AlignmentPath.of(ACTORS, run(steady), memo);
        AlignmentSummary summary = AlignmentSummary.of(List.of(moving, still), still);
        assertThat(summary.reference()).isEqualTo(0b1100L);
        assertThat(summary.flipped()[0]).containsExactly(0, 0.5, 0);
        assertThat(summary.changed()[0]).containsExactly(0, 0.5, 0);
        assertThat(summary.flipped()[1]).containsExactly(0, 0, 0);
        assertThat(summary.firstMajorityFlip(0)).isEqualTo(2021);
        assertThat(summary.mostFlipped(0)).isEqualTo(0.5);
        assertThat(summary.modalPartition()[0]).isEqualTo(0b1100L);
        assertThat(summary.partitionShare()[0]).isEqualTo(1.0);
        // year 3: only the steady run reached it
        assertThat(summary.partitionShare()[2]).isEqualTo(1.0);
        assertThat(summary.moved()[0]).containsExactly(0, 0, 0);
    }
}
