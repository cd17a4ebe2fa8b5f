package org.counterweight.core.text;

/**
 * A sentence of a text: {@code [start, end)} offsets, trimmed of surrounding white space.
 *
 * @param index 0-based position in the text
 */
public record Sentence(int index, int start, int end) {
    public Sentence {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence " + index + " [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
