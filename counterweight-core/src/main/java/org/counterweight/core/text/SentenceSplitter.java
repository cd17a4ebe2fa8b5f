package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences in one linear pass.
 *
 * <p>A sentence ends at a line break, or at {@code .}, {@code !} or {@code ?} (with any closing
 * quotes or brackets) followed by white space and then an upper-case letter, digit, quote or
 * bracket. A full stop does not end a sentence after a known abbreviation ("Mr.", "Dr.", "e.g.",
 * "U.S."), after a single capital initial ("Maham S. Gillani") or inside a number ("6.6%"), unless
 * the abbreviation is one that often closes a sentence ("etc.", "U.S.", "Inc.") and the next word
 * is one that opens sentences ("The", "This", "However"), the rule Punkt learns from frequencies
 * (Kiss &amp; Strunk 2006, "Unsupervised multilingual sentence boundary detection", Computational
 * Linguistics 32(4)) written down for a closed list.
 * Headlines and paragraphs without final punctuation end at their line break. A run longer than
 * {@value #MAX_LENGTH} characters is cut at its last space before the limit, which bounds the
 * work done per sentence on garbage input.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col",
            "lt", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "amb", "hon", "rev", "jr", "sr", "e.g", "i.e",
            "etc", "vs", "cf", "no", "nos", "vol", "fig", "u.s", "u.k", "u.n", "u.s.a", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "al", "pp");
    private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("etc", "u.s", "u.k", "u.n", "u.s.a", "inc",
            "ltd", "co", "corp", "al", "jr", "sr");
    private static final Set<String> SENTENCE_STARTERS = Set.of("The", "This", "These", "That", "Those", "It", "Its",
            "In", "A", "An", "However", "But", "And", "He", "She", "They", "We", "There", "Moreover", "Furthermore",
            "Hence", "Thus", "Therefore", "Meanwhile", "Also", "As", "While", "When", "Since", "After", "Before", "Yet");

    /** The longest sentence, in characters; longer runs (no prose sentence is) are cut at a space. */
    static final int MAX_LENGTH = 2_000;

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, in order, none empty. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, sentences);
        return List.copyOf(sentences);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= n || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c'
                || next == '(' || next == '[' || next == '\'' || next == '\u2018')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        // the word before the full stop, dots included ("U.S", "e.g")
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.') && i - w < 12) {
            w--;
        }
        String word = text.substring(w, i);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "Maham S. Gillani"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!ABBREVIATIONS.contains(lower)) {
            return true;
        }
        int k = j;
        while (k < n && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return SENTENCE_FINAL_ABBREVIATIONS.contains(lower) && SENTENCE_STARTERS.contains(text.substring(j, k));
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (end - start > MAX_LENGTH) { // not prose: cut at the last space before the limit
            int cut = text.lastIndexOf(' ', start + MAX_LENGTH);
            cut = cut <= start ? start + MAX_LENGTH : cut;
            add(text, start, cut, out);
            start = cut;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end));
        }
    }

    /** The index of the sentence holding {@code offset} (binary search), or -1. */
    public static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
