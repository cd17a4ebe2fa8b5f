package org.counterweight.core.text;

import java.util.regex.Pattern;

/**
 * Tells the author's recommendations and assessments from statements of fact, sentence by sentence.
 *
 * <p>A deontic modal or need phrase ("should", "must", "ought to", "need to", "there is a need",
 * "it is imperative") makes a recommendation; evaluative language (judgement adverbs and adjectives
 * such as "evident", "undoubtedly", "significant", "noteworthy", "a major concern", "a nightmare",
 * epistemic modals "may", "could", "would", "will") makes an assessment; anything else is a fact and
 * yields nothing.
 */
public final class StanceClassifier {
    /** The stance of a sentence. */
    public enum Stance {
        FACT, ASSESSMENT, RECOMMENDATION
    }

    private static final Pattern RECOMMENDATION = Pattern.compile(
            "\\b(?:" + Modality.DEONTIC + "|there is a need|it is (?:imperative|essential|necessary) (?:for|that))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSESSMENT = Pattern.compile(
            "\\b(?:evident|undoubtedly|clearly|significant(?:ly)?|noteworthy|imperative|key reason|major concern|nightmare"
                    + "|stated reality|blow to|exacerbat\\w*|intensif\\w*|destabiliz\\w*|destabilis\\w*|imbalance|stumbling block"
                    + "|hampers?|is compelled|compelled to|is causing|has created|have created|may|might|could|would|will"
                    + "|likely|unlikely|loath|lucrative|attractive|ambitious|blunt|important|major|key|crucial|remains? unclear"
                    + "|is set to|are set to|seems?|appears?|apparently|arguably|perhaps|seen as|considered)\\b",
            Pattern.CASE_INSENSITIVE);

    private StanceClassifier() {
    }

    /** Classifies one sentence. */
    public static Stance classify(CharSequence sentence) {
        if (RECOMMENDATION.matcher(sentence).find()) {
            return Stance.RECOMMENDATION;
        }
        return ASSESSMENT.matcher(sentence).find() ? Stance.ASSESSMENT : Stance.FACT;
    }
}
