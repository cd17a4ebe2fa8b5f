package org.counterweight.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a lexicon pattern (a long alternation of words and phrases) only where a word starts
 * with one of the pattern's literal prefixes. {@link Matcher#find()} tries every alternative at
 * every character; trying the pattern only at word starts whose first letters some alternative
 * can begin with, with transparent bounds so that look-arounds and {@code \b} still see the whole
 * text, gives the same matches for patterns that begin with a word, many times faster.
 */
final class WordStarts {
    private static final int PREFIX = 3;

    /**
     * A lexicon pattern with the lower-case prefixes (at most three letters) its matches start with,
     * packed and sorted, and the set of their first characters for a quicker first test.
     */
    record Lexicon(Pattern pattern, long[] prefixes, BitSet heads) {
        /** @param regex an alternation of words and phrases; compiled case-insensitively within {@code \b...\b} */
        static Lexicon of(String regex) {
            Set<String> prefixes = new HashSet<>();
            for (String alternative : alternatives(regex)) {
                prefixes.addAll(WordStarts.prefixes(alternative));
            }
            if (prefixes.contains("")) {
                throw new IllegalArgumentException("every alternative must start with a literal: " + regex);
            }
            long[] keys = prefixes.stream().mapToLong(p -> key(p, 0, p.length())).sorted().toArray();
            BitSet heads = new BitSet();
            for (String p : prefixes) {
                heads.set(Character.toLowerCase(p.charAt(0)));
            }
            return new Lexicon(Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE), keys, heads);
        }

        /** The matches in {@code s} at the given word starts, left to right, not overlapping. */
        List<MatchResult> matches(String s, int[] starts) {
            List<MatchResult> out = new ArrayList<>();
            Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            for (int start : starts) {
                if (start < next || !startsWithPrefix(s, start)) {
                    continue;
                }
                m.region(start, s.length());
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    next = m.end();
                }
            }
            return out;
        }

        private boolean startsWithPrefix(String s, int start) {
            if (!heads.get(Character.toLowerCase(s.charAt(start)))) {
                return false;
            }
            long chars = 0; // the key of each longer prefix extends the last one's characters ({@link #key})
            for (int length = 1; length <= PREFIX && start + length <= s.length(); length++) {
                chars = chars << 16 | Character.toLowerCase(s.charAt(start + length - 1));
                if (Arrays.binarySearch(prefixes, (long) length << (16 * length) | chars) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The lower-cased characters {@code [from, to)} of {@code s} packed into one number (no allocation). */
    private static long key(CharSequence s, int from, int to) {
        long key = to - from;
        for (int i = from; i < to; i++) {
            key = key << 16 | Character.toLowerCase(s.charAt(i));
        }
        return key;
    }

    private WordStarts() {
    }

    /** The offsets where a letter or digit follows a non-letter-or-digit (or the start). */
    static int[] of(String s) {
        int[] starts = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** The word (letters only, lower-cased) that ends just before {@code at}, skipping spaces; "" if none. */
    static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The top-level alternatives of a regex. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /**
     * The lower-case literal prefixes (up to {@value #PREFIX} letters) an alternative can start
     * with; "" when it can start with anything (a class, an escape, an optional part).
     */
    private static Set<String> prefixes(String alternative) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < alternative.length() && literal.length() < PREFIX) {
            char c = alternative.charAt(i);
            boolean quantified = i + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(i + 1)) >= 0;
            if (c == '(') {
                int close = closing(alternative, i);
                String inner = alternative.substring(i + 1, close);
                boolean optional = close + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(close + 1)) >= 0;
                if (inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<")) {
                    i = close + 1;
                    continue; // a look-around matches no characters
                }
                Set<String> out = new HashSet<>();
                for (String sub : alternatives(inner.startsWith("?:") ? inner.substring(2) : inner)) {
                    for (String p : prefixes(sub)) {
                        out.add(truncated(literal + p));
                    }
                }
                if (optional) { // the group, or what follows its quantifier
                    int after = alternative.charAt(close + 1) == '{' ? alternative.indexOf('}', close) + 1 : close + 2;
                    for (String p : prefixes(alternative.substring(after))) {
                        out.add(truncated(literal + p));
                    }
                }
                return out;
            }
            if (quantified || !(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'')) {
                break;
            }
            literal.append(Character.toLowerCase(c));
            i++;
        }
        return Set.of(literal.toString());
    }

    private static String truncated(String prefix) {
        return prefix.substring(0, Math.min(PREFIX, prefix.length()));
    }

    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parenthesis in " + regex);
    }
}
