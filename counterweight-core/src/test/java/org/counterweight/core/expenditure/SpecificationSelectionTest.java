package org.counterweight.core.expenditure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpecificationSelectionTest {
    private static SpecificationSelection.Candidate candidate(Specification spec, ExpenditureHistory h) {
        return new SpecificationSelection.Candidate(spec.fit(h, h.firstYear(), h.lastYear()),
                RollingOriginEvaluation.evaluate(spec, h));
    }

    private static ExpenditureHistory history(boolean reacts) {
        SplittableRandom rng = new SplittableRandom(7);
        int n = 34;
        double[] lx = new double[n];
        double[] threat = new double[n];
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        for (int t = 0; t < n; t++) {
            threat[t] = 100 * Math.exp(0.03 * t + 0.15 * rng.nextGaussian());
        }
        lx[0] = Math.log(10);
        lx[1] = Math.log(10.3);
        for (int t = 2; t < n; t++) {
            double reaction = reacts ? 0.8 * (Math.log(threat[t - 1]) - Math.log(threat[t - 2])) : 0;
            lx[t] = lx[t - 1] + 0.03 + reaction + 0.005 * rng.nextGaussian();
        }
        return new ExpenditureHistory("XYZ", 1990, Arrays.stream(lx).map(Math::exp).toArray(), threat, ones, ones);
    }

    @Test
    void aStateThatReactsGetsTheReactionSpecification() {
        ExpenditureHistory h = history(true);
        SpecificationSelection.Choice choice = SpecificationSelection.choose(List.of(
                candidate(new RichardsonLevels(), h), candidate(new GrowthReaction(), h)),
                candidate(new RandomWalkWithDrift(), h));
        assertThat(choice.beatsBaselines()).isTrue();
        assertThat(choice.chosen().specification()).isInstanceOf(GrowthReaction.class);
    }

    /** A pure random walk with drift: no specification beats the drift, which is chosen and says so. */
    @Test
    void aStateThatDoesNotReactGetsTheDriftAndNoEvidenceOfReaction() {
        ExpenditureHistory h = history(false);
        SpecificationSelection.Choice choice = SpecificationSelection.choose(List.of(
                candidate(new GrowthReaction(), h)), candidate(new RandomWalkWithDrift(), h));
        assertThat(choice.beatsBaselines()).isFalse();
        assertThat(choice.chosen().specification()).isInstanceOf(RandomWalkWithDrift.class);
        assertThat(choice.reason()).startsWith(SpecificationSelection.NO_EVIDENCE);
    }

    @Test
    void levelsAreNeverChosenBecauseTheyAreNotPositiveByConstruction() {
        ExpenditureHistory h = history(true);
        SpecificationSelection.Candidate levels = candidate(new RichardsonLevels(), h);
        assertThat(levels.disqualification()).contains("not positive by construction");
    }

    /**
     * A specification that beats both baselines but is not eligible (levels: not positive by construction)
     * is named in the drift's reason with why it was set aside, instead of "no specification beats both".
     */
    @Test
    void theDriftsReasonNamesASpecificationThatBeatsTheBaselinesButIsNotEligible() {
        ExpenditureHistory h = history(true);
        SpecificationSelection.Candidate levels = candidate(new RichardsonLevels(), h);
        assertThat(levels.beatsBaselines()).isTrue();
        SpecificationSelection.Choice choice = SpecificationSelection.choose(List.of(levels),
                candidate(new RandomWalkWithDrift(), h));
        assertThat(choice.beatsBaselines()).isFalse();
        assertThat(choice.reason()).isEqualTo(SpecificationSelection.NO_EVIDENCE + ": richardson-levels beats both"
                + " baselines at horizon 1 but is not eligible (richardson-levels: in levels: not positive by"
                + " construction); no eligible specification does");
    }
}
