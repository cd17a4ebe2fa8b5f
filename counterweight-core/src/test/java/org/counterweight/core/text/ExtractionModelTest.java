package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExtractionModelTest {
    /**
     * A separable toy problem: findings whose sentence says "will" are wrong, the others right. The
     * fitted model ranks them apart, and is deterministic for a seed.
     */
    @Test
    void learnsASeparableCueAndIsDeterministic() {
        String right = "India signed the pact.";
        String wrong = "India will sign the pact.";
        List<ExtractionModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new ExtractionModel.Example(features(right), true));
            examples.add(new ExtractionModel.Example(features(wrong), false));
        }
        ExtractionModel a = ExtractionModel.fit(examples, 12, 20, 0.1, 1e-3, new SplittableRandom(3));
        ExtractionModel b = ExtractionModel.fit(examples, 12, 20, 0.1, 1e-3, new SplittableRandom(3));
        assertThat(a.probability(features(right))).isGreaterThan(0.9);
        assertThat(a.probability(features(wrong))).isLessThan(0.1);
        assertThat(a.weights()).containsExactly(b.weights());
    }

    /**
     * Platt scaling on scores whose outcomes are right with probability sigmoid(2s - 1) recovers a
     * slope near 2 and an intercept near -1 (the generating values, with 4,000 draws; Platt's smoothed
     * targets pull both slightly towards zero).
     */
    @Test
    void plattScalingRecoversTheGeneratingSlopeAndIntercept() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 4000;
        double[] scores = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble(-3, 3);
            correct[i] = random.nextDouble() < ExtractionModel.sigmoidOf(2 * scores[i] - 1);
        }
        ExtractionModel model = new ExtractionModel(4, new double[16], 0, 1, 0).calibrated(scores, correct);
        assertThat(model.plattA()).isBetween(1.7, 2.3);
        assertThat(model.plattB()).isBetween(-1.3, -0.7);
    }

    @Test
    void badSizesAreRefused() {
        assertThatThrownBy(() -> new ExtractionModel(4, new double[3], 0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] features(String sentence) {
        Mention m = new Mention(MentionKind.EVENT, "India", 0, 5, 0, "IND USA 057", 0.8, "sign");
        return ExtractionModel.features(m, sentence, new Sentence(0, 0, sentence.length()), 12);
    }
}
