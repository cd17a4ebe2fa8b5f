package org.counterweight.io.casefile;

import java.util.regex.Pattern;

/**
 * Checks that a quote occurs verbatim in a source text, after normalising what copying text
 * changes without changing its words: runs of whitespace, typographic quotes and apostrophes,
 * and dashes.
 */
public final class QuoteMatcher {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String normalisedText;

    public QuoteMatcher(String sourceText) {
        this.normalisedText = normalise(sourceText);
    }

    public boolean contains(String quote) {
        String wanted = normalise(quote);
        return !wanted.isEmpty() && normalisedText.contains(wanted);
    }

    static String normalise(String text) {
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"')
                .replace('\u201D', '"').replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        return WHITESPACE.matcher(plain).replaceAll(" ").strip();
    }
}
