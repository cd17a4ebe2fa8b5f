package org.counterweight.io.article;

import java.util.Arrays;

/** Text under construction with, for each character, its offset in the source. */
final class Builder {
    private final StringBuilder text;
    private int[] offsets;
    private int endOffset = -1;

    Builder(int capacity) {
        text = new StringBuilder(capacity);
        offsets = new int[Math.max(16, capacity + 1)];
    }

    static Builder identity(String source) {
        Builder b = new Builder(source.length());
        for (int i = 0; i < source.length(); i++) {
            b.append(source.charAt(i), i);
        }
        b.end(source.length());
        return b;
    }

    void append(char c, int sourceOffset) {
        if (text.length() + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = sourceOffset;
        text.append(c);
    }

    void end(int sourceOffset) {
        endOffset = sourceOffset;
    }

    int length() {
        return text.length();
    }

    char last() {
        return text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
    }

    String text() {
        return text.toString();
    }

    int original(int i) {
        return i == text.length() ? endOffset : offsets[i];
    }

    int[] offsets() {
        int[] result = Arrays.copyOf(offsets, text.length() + 1);
        result[text.length()] = endOffset;
        return result;
    }
}
