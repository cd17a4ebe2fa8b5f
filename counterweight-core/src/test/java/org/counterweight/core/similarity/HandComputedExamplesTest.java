package org.counterweight.core.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A five-roll-call UN-vote example on a three-point scale (0 no, 1 abstain, 2 yes), computed by
 * hand. x = (2, 2, 1, 0, 2), y = (2, 1, 1, 0, 0); m = 2.
 */
class HandComputedExamplesTest {
    private static final int[] X = {2, 2, 1, 0, 2};
    private static final int[] Y = {2, 1, 1, 0, 0};

    /** Distances |x-y|/2: 0, .5, 0, 0, 1; mean 0.3; S = 1 - 2*0.3 = 0.4. */
    @Test
    void unweightedS() {
        assertThat(SignorinoRitterS.unweighted(3).similarity(X, Y)).isCloseTo(0.4, within(1e-12));
    }

    /** Weights (.5,.1,.1,.1,.2): d = .1*.5 + .2*1 = .25 of total 1; S = 1 - 2*.25 = 0.5. */
    @Test
    void weightedS() {
        double[] w = {0.5, 0.1, 0.1, 0.1, 0.2};
        assertThat(SignorinoRitterS.capabilityWeighted(3).similarity(X, Y, w)).isCloseTo(0.5, within(1e-12));
    }

    /**
     * Of the 10 pairs of items: concordant (1,3), (1,4), (2,4), (3,4); discordant (3,5); x ties 3
     * pairs (items 1,2,5 all 2), y ties 2 pairs ((2,3) at 1, (4,5) at 0). n0 = 10.
     * tau-b = (4 - 1) / sqrt((10-3)(10-2)) = 3 / sqrt(56).
     */
    @Test
    void tauB() {
        assertThat(new KendallTauB(3).similarity(X, Y)).isCloseTo(3 / Math.sqrt(56), within(1e-12));
    }

    /**
     * Do = 0.3 (as for S). Margins r = (.2, .2, .6), c = (.4, .4, .2). De = sum |i-j|/2 r_i c_j =
     * .5*.2*.4 + 1*.2*.2 + .5*.2*.4 + .5*.2*.2 + 1*.6*.4 + .5*.6*.4 = .5; kappa = 1 - .3/.5 = 0.4.
     */
    @Test
    void cohenKappaAbsolute() {
        assertThat(new CohenKappa(3, Distance.ABSOLUTE, false).similarity(X, Y)).isCloseTo(0.4, within(1e-12));
    }

    /**
     * Pooled p = (.3, .3, .4). De = 2*(.5*.3*.3 + 1*.3*.4 + .5*.3*.4) = .45; pi = 1 - .3/.45 = 1/3.
     */
    @Test
    void scottPiAbsolute() {
        assertThat(new ScottPi(3, Distance.ABSOLUTE, false).similarity(X, Y)).isCloseTo(1.0 / 3, within(1e-12));
    }

    /**
     * Weighted kappa with weights (.5,.1,.1,.1,.2): o = {(2,2) .5, (2,1) .1, (1,1) .1, (0,0) .1,
     * (2,0) .2}; Do = .1*.5 + .2*1 = .25. r = (.1, .1, .8), c = (.3, .2, .5).
     * De = .5*.1*.2 + 1*.1*.5 + .5*.1*.3 + .5*.1*.5 + 1*.8*.3 + .5*.8*.2
     *    = .01 + .05 + .015 + .025 + .24 + .08 = .42; kappa = 1 - .25/.42.
     */
    @Test
    void weightedCohenKappa() {
        double[] w = {0.5, 0.1, 0.1, 0.1, 0.2};
        assertThat(new CohenKappa(3, Distance.ABSOLUTE, true).similarity(X, Y, w))
                .isCloseTo(1 - 0.25 / 0.42, within(1e-12));
    }

    /** Mirror images on the alliance scale: every distance maximal, S = -1; tau-b = -1. */
    @Test
    void mirrorImagesAreMinusOne() {
        int[] a = {3, 0, 3, 0};
        int[] b = {0, 3, 0, 3};
        assertThat(SignorinoRitterS.unweighted(4).similarity(a, b)).isEqualTo(-1.0);
        assertThat(new KendallTauB(4).similarity(a, b)).isCloseTo(-1.0, within(1e-12));
        assertThat(new CohenKappa(4, Distance.SQUARED, false).similarity(a, b)).isCloseTo(-1.0, within(1e-12));
        assertThat(new ScottPi(4, Distance.ABSOLUTE, false).similarity(a, b)).isCloseTo(-1.0, within(1e-12));
    }
}
