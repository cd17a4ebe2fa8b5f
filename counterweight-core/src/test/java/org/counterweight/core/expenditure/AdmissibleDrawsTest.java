package org.counterweight.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.counterweight.core.estimation.Bootstrap;
import org.junit.jupiter.api.Test;

class AdmissibleDrawsTest {
    /**
     * A demand series with a unit root: ln x_t = ln x_{t-1} + 0.03 + noise, so a good share of the
     * bootstrap's λ lies at or above 1 and is rejected.
     */
    private static Estimate nearUnitRoot() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 30;
        double[] lx = new double[n];
        double[] threat = new double[n];
        double[] income = new double[n];
        lx[0] = Math.log(20);
        for (int t = 0; t < n; t++) {
            threat[t] = 100 * Math.exp(0.04 * t + 0.2 * rng.nextGaussian());
            income[t] = 500 * Math.exp(0.02 * t + 0.05 * rng.nextGaussian());
            if (t > 0) {
                lx[t] = lx[t - 1] + 0.03 + 0.03 * rng.nextGaussian();
            }
        }
        ExpenditureHistory h = new ExpenditureHistory("XYZ", 1990, Arrays.stream(lx).map(Math::exp).toArray(), threat,
                income, new double[n]);
        return new MilitaryDemand().fit(h, 1990, 2019);
    }

    @Test
    void everyAcceptedDrawIsAdmissibleAndTheRejectionsAreCounted() {
        Estimate estimate = nearUnitRoot();
        AdmissibleDraws draws = AdmissibleDraws.sample(estimate, 500, new SplittableRandom(11));
        assertThat(draws.size()).isEqualTo(500);
        for (int i = 0; i < draws.size(); i++) {
            assertThat(draws.model(i).admissible()).isTrue();
        }
        assertThat(draws.rejected()).isPositive();
        assertThat(draws.candidates()).isEqualTo(draws.size() + draws.rejected());
        assertThat(draws.rejectionRate()).isCloseTo((double) draws.rejected() / draws.candidates(), within(1e-15));
    }

    /**
     * Rejection is conditioning, not clipping: the accepted draws are exactly the admissible ones of the
     * same bootstrap stream, in order, and none sits on the boundary |λ| = 1.
     */
    @Test
    void theAcceptedDrawsAreTheAdmissibleBootstrapDrawsInOrder() {
        Estimate estimate = nearUnitRoot();
        AdmissibleDraws draws = AdmissibleDraws.sample(estimate, 200, new SplittableRandom(5));
        Bootstrap.Result raw = Bootstrap.of(estimate.design().data(), Bootstrap.Scheme.PAIRS, 200, 0.9,
                new SplittableRandom(5));
        double[][] admissibleOfFirstBatch = Arrays.stream(raw.draws())
                .filter(d -> estimate.specification().admissible(estimate.names(), d)).toArray(double[][]::new);
        for (int i = 0; i < admissibleOfFirstBatch.length; i++) {
            assertThat(draws.draws()[i]).containsExactly(admissibleOfFirstBatch[i]);
        }
        assertThat(Arrays.stream(draws.coefficientDraws(MilitaryDemand.OWN_LAG)).map(Math::abs).max().orElseThrow())
                .isLessThan(1);
    }

    @Test
    void theSameGeneratorStateGivesTheSameDraws() {
        Estimate estimate = nearUnitRoot();
        assertThat(AdmissibleDraws.sample(estimate, 100, new SplittableRandom(1)).draws())
                .isDeepEqualTo(AdmissibleDraws.sample(estimate, 100, new SplittableRandom(1)).draws());
    }
}
