package org.counterweight.core.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Germany and Russia in 1914, Signorino &amp; Ritter (1999) Table 6; data and the provenance of
 * every expected value in src/test/resources/similarity/README.md.
 */
class SignorinoRitterTable6Test {
    private static final double R_PRINTED = 5e-8;
    private static int[] germany;
    private static int[] russia;
    private static double[] capabilities;

    @BeforeAll
    static void load() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SignorinoRitterTable6Test.class.getResourceAsStream("/similarity/gmyrus14.csv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.split(","));
            }
        }
        germany = rows.stream().mapToInt(r -> Integer.parseInt(r[2])).toArray();
        russia = rows.stream().mapToInt(r -> Integer.parseInt(r[3])).toArray();
        capabilities = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        assertThat(germany).hasSize(20);
    }

    @Test
    void jointTableMatchesThePublishedContingencyTable() {
        JointTable table = JointTable.of(germany, russia, null, 4);
        assertThat(table.cell(0, 0)).isEqualTo(13);
        assertThat(table.cell(3, 0)).isEqualTo(3);
        assertThat(table.cell(3, 1)).isEqualTo(1);
        assertThat(table.cell(0, 3)).isEqualTo(2);
        assertThat(table.cell(0, 1)).isEqualTo(1);
        assertThat(table.total()).isEqualTo(20);
    }

    /** d = 3+3+1+3+3+2+3 = 18 over GMY, RUS, UKG, FRN, AUH, ITA, RUM; S = 1 - 2*18/(20*3) = 0.40. */
    @Test
    void unweightedSIsPointFour() {
        assertThat(SignorinoRitterS.unweighted(4).similarity(germany, russia)).isCloseTo(0.40, within(1e-12));
    }

    /**
     * d = .25*3 + .21*3 + .20*1 + .08*3 + .08*3 + .05*2 + .01*3 = 2.19, sum of weights 1.00;
     * S = 1 - 2*2.19/3 = -0.46 with the rounded capabilities; the paper reports about -0.45.
     */
    @Test
    void capabilityWeightedSIsAboutMinusPointFourFive() {
        double s = SignorinoRitterS.capabilityWeighted(4).similarity(germany, russia, capabilities);
        assertThat(s).isCloseTo(-0.46, within(1e-12));
        assertThat(s).isCloseTo(-0.45, within(0.02));
    }

    /** Squared: (3*1 + 1*(2/3)^2 + 2*1 + 1*(1/3)^2)/20 = (50/9)/20; S = 1 - 2*(5/18) = 4/9. */
    @Test
    void squaredS() {
        assertThat(SignorinoRitterS.squared(4).similarity(germany, russia)).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    void tauBIsPointZeroThree() {
        assertThat(new KendallTauB(4).similarity(germany, russia)).isCloseTo(0.03031695, within(R_PRINTED));
    }

    /**
     * Quadratic weights ((i-j)/3)^2. Observed disagreement (counts): 3*1 + 1*4/9 + 2*1 + 1*1/9 =
     * 50/9. Margins: Germany 0:16, 3:4; Russia 0:16, 1:2, 3:2. Expected counts r_i c_j / 20:
     * (0,1) 1.6*1/9, (0,3) 1.6*1, (3,0) 3.2*1, (3,1) 0.4*4/9, sum 46.4/9. kappa = 1 - 50/46.4.
     */
    @Test
    void cohenKappaSquaredMatchesFpsimAndHand() {
        double kappa = new CohenKappa(4, Distance.SQUARED, false).similarity(germany, russia);
        assertThat(kappa).isCloseTo(1 - 50 / 46.4, within(1e-12));
        assertThat(kappa).isCloseTo(-0.07758621, within(R_PRINTED));
    }

    /** Linear weights |i-j|/3: observed 3 + 2/3 + 2 + 1/3 = 6; expected 1.6/3 + 1.6 + 3.2 + 0.8/3 = 5.6. */
    @Test
    void cohenKappaAbsoluteByHand() {
        assertThat(new CohenKappa(4, Distance.ABSOLUTE, false).similarity(germany, russia))
                .isCloseTo(1 - 6 / 5.6, within(1e-12));
    }

    /** po = 13/20; pooled p = (0.8, 0.05, 0, 0.15), pe = 0.665; pi = (0.65-0.665)/(1-0.665). */
    @Test
    void scottPiNominalMatchesFpsimAndHand() {
        double pi = new ScottPi(4, Distance.NOMINAL, false).similarity(germany, russia);
        assertThat(pi).isCloseTo((0.65 - 0.665) / (1 - 0.665), within(1e-12));
        assertThat(pi).isCloseTo(-0.04477612, within(R_PRINTED));
    }

    /**
     * Linear weights: observed 6/20 = 0.3; expected 2*(p0 p1/3 + p0 p3 + p1 p3*2/3) = 2*(0.04/3 +
     * 0.12 + 0.005) = 83/300; pi = 1 - 90/83 = -7/83.
     */
    @Test
    void scottPiAbsoluteByHand() {
        assertThat(new ScottPi(4, Distance.ABSOLUTE, false).similarity(germany, russia))
                .isCloseTo(-7.0 / 83, within(1e-12));
    }

    @Test
    void allPairsOfTheTwoStatesAgree() {
        int[][] codes = {germany, russia};
        SimilarityMatrix matrix = SimilarityMatrix.allPairs(codes, capabilities, 4);
        assertThat(matrix.get("s-absolute", 0, 1)).isCloseTo(0.40, within(1e-12));
        assertThat(matrix.get("s-absolute-weighted", 1, 0)).isCloseTo(-0.46, within(1e-12));
        assertThat(matrix.get("tau-b", 0, 1)).isCloseTo(0.03031695, within(R_PRINTED));
        assertThat(matrix.get("kappa-squared", 0, 1)).isCloseTo(-0.07758621, within(R_PRINTED));
        assertThat(matrix.get("s-absolute", 0, 0)).isEqualTo(1.0);
    }
}
