package org.counterweight.core.text;

import java.util.Objects;

/**
 * One finding in a text.
 *
 * @param kind       what was found
 * @param text       the surface text, {@code text.substring(start, end)} of the text searched
 * @param start      offset of the first character (UTF-16 index) in the text searched
 * @param end        offset after the last character
 * @param sentence   index of the sentence it lies in (0-based), or -1
 * @param value      the normalised value in the gold format: actor ids, agreement id or
 *                   {@code new:NAME}, {@code YYYY[-MM[-DD]]} or {@code FROM/TO}, {@code AMOUNT UNIT},
 *                   {@code A B positive|negative}, {@code SOURCE TARGET CAMEO}, or the author
 * @param confidence 0 to 1, how sure the rule that found it is
 * @param detail     free explanation (CAMEO name, Goldstein value, PLOVER category, attribution), or ""
 */
public record Mention(MentionKind kind, String text, int start, int end, int sentence, String value,
        double confidence, String detail) {

    public Mention {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(text, "text is required");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(value, "value is required");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        detail = detail == null ? "" : detail;
    }

    /** Whether the spans share at least one character. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    /** The same finding moved by a mapping of offsets (e.g. back to the original file). */
    public Mention withSpan(int newStart, int newEnd) {
        return new Mention(kind, text, newStart, newEnd, sentence, value, confidence, detail);
    }
}
