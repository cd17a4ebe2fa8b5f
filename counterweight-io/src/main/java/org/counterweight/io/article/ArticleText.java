package org.counterweight.io.article;

/**
 * An article's clean text with a map back to the characters of the text as read.
 *
 * <p>Offsets of findings in {@link #text()} are offsets into the clean text; {@link #original(int)}
 * maps one to the offset in the decoded file text (UTF-16 index), which for plain text is the
 * position in the file as a Java string.
 */
public final class ArticleText {
    private final String text;
    private final int[] original;

    ArticleText(String text, int[] original) {
        if (original.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per character plus one");
        }
        this.text = text;
        this.original = original.clone();
    }

    /** An empty article. */
    public static ArticleText empty() {
        return new ArticleText("", new int[] {0});
    }

    /** The clean text. */
    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The offset in the text as read of clean offset {@code offset} (0 to length inclusive). */
    public int original(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
        return original[offset];
    }
}
