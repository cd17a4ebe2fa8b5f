package org.counterweight.core.text;

import java.util.regex.Pattern;

/**
 * Whether a cue word is asserted: the words just before it can negate it ("refrained from
 * criticizing", "avoided condemning"), make it hypothetical ("could sign", "potential sanctions"),
 * future ("will visit", "is set to sign", "plans to buy"), an infinitive of purpose or plan whose
 * act has not happened ("to hold talks next week", "to counter China") or recommend it ("should
 * strengthen ties"); or say that a state has ended ("no longer a partner", "ceased to be allies",
 * "ended their alliance"). Shared by {@link RelationFinder}, {@link EventCoder} and
 * {@link StanceClassifier} so that the three read modality the same way.
 */
final class Modality {
    /** Deontic modals: what someone should do. */
    static final String DEONTIC = "should|must|ought to|needs? to";

    private static final Pattern NEGATED = Pattern.compile(
            "\\b(?:refrained from|refrains from|did not|didn't|does not|doesn't|do not|don't|refused to|declined to|never|not"
                    + "|without|avoided|avoids|avoiding|stopped short of|failed to|no)\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:would|could|might|may|" + DEONTIC + "|potential|possible|if|likely to|unlikely to|will|won't|shall|supposed to"
                    + "|whether)\\s(?:\\w+\\s){0,2}$", Pattern.CASE_INSENSITIVE);
    /** A plan, schedule or wish: the act named after it has not happened ("is set to sign", "plans to buy"). */
    private static final Pattern PLANNED = Pattern.compile(
            "\\b(?:set to|plans? to|planning to|planned to|expected to|going to|poised to|hopes? to|hoping to|wants? to"
                    + "|seeks? to|aims? to|intends? to|is to|are to|ready to|next week|next month|next year|ahead of)\\s(?:\\w+\\s){0,2}$",
            Pattern.CASE_INSENSITIVE);
    /** An infinitive right before the cue: "to hold talks", "agreed to conduct" (the act itself has not happened). */
    private static final Pattern INFINITIVE = Pattern.compile("\\bto\\s+(?:\\w+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * A relation said to have ended or lapsed: "no longer (a) ...", "ceased to be", "once was a",
     * "used to be", "former", "ended/suspended/broke off/scrapped (their) ...", "end of (the) ...".
     */
    private static final Pattern ENDED = Pattern.compile(
            "\\b(?:no longer|ceased to be|ceases to be|once was|was once|used to be|former|formerly|erstwhile|ended|ending|ends"
                    + "|suspended|suspending|suspends|broke off|breaking off|scrapped|abandoned|terminated|end of|collapse of"
                    + "|demise of)\\s+(?:(?:a|an|the|its|their|his|her|this|that|such|any)\\s+)?(?:[\\w.-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDED = Pattern.compile("\\b(?:" + DEONTIC + ")\\b", Pattern.CASE_INSENSITIVE);

    private Modality() {
    }

    /** Whether {@code lead}, the text just before a cue, ends in a negation of at most one more word. */
    static boolean negated(CharSequence lead) {
        return NEGATED.matcher(lead).find();
    }

    /** Whether {@code lead} ends in a modal, future or conditional of at most two more words. */
    static boolean hypothetical(CharSequence lead) {
        return HYPOTHETICAL.matcher(lead).find();
    }

    /**
     * Whether the act a cue names has not happened (yet): a plan or wish ("is set to sign"), or an
     * infinitive of purpose or plan right before it, with at most one verb between ("to hold talks",
     * "agreed to conduct joint exercises").
     */
    static boolean unrealised(CharSequence lead) {
        return PLANNED.matcher(lead).find() || INFINITIVE.matcher(lead).find();
    }

    /** Whether {@code lead} says that what the cue names has ended: "no longer a partner", "ended their alliance". */
    static boolean ended(CharSequence lead) {
        return ENDED.matcher(lead).find();
    }

    /** Whether {@code text} (a clause up to a cue) holds a deontic modal anywhere. */
    static boolean recommended(CharSequence text) {
        return RECOMMENDED.matcher(text).find();
    }
}
