package org.counterweight.core.text;

import java.util.regex.Pattern;

/**
 * Whether a cue word is asserted: the words just before it can negate it ("refrained from
 * criticizing"), make it hypothetical ("could sign", "potential sanctions") or recommend it
 * ("should strengthen ties"). Shared by {@link RelationFinder}, {@link EventCoder} and
 * {@link StanceClassifier} so that the three read modality the same way.
 */
final class Modality {
    /** Deontic modals: what someone should do. */
    static final String DEONTIC = "should|must|ought to|needs? to";

    private static final Pattern NEGATED = Pattern.compile(
            "\\b(?:refrained from|refrains from|did not|didn't|does not|doesn't|refused to|declined to|never|not|without)"
                    + "\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:would|could|might|may|" + DEONTIC + "|potential|possible|if|likely to)\\s(?:\\w+\\s){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDED = Pattern.compile("\\b(?:" + DEONTIC + ")\\b", Pattern.CASE_INSENSITIVE);

    private Modality() {
    }

    /** Whether {@code lead}, the text just before a cue, ends in a negation of at most one more word. */
    static boolean negated(CharSequence lead) {
        return NEGATED.matcher(lead).find();
    }

    /** Whether {@code lead} ends in a modal or conditional of at most two more words. */
    static boolean hypothetical(CharSequence lead) {
        return HYPOTHETICAL.matcher(lead).find();
    }

    /** Whether {@code text} (a clause up to a cue) holds a deontic modal anywhere. */
    static boolean recommended(CharSequence text) {
        return RECOMMENDED.matcher(text).find();
    }
}
