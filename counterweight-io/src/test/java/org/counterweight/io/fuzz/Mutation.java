package org.counterweight.io.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One edit of a valid document, as a careful tester makes them: insert a hostile token, delete or
 * replace a span, repeat a line (a duplicate key or row), cut the document short. Positions are
 * fractions of the document's length, so one mutation applies to any seed.
 *
 * @param kind     what the edit does
 * @param position where, as a fraction in [0, 1] of the text's length
 * @param token    which hostile token ({@link #TOKENS}) an insertion or replacement uses
 * @param length   how many characters a deletion or replacement removes
 */
record Mutation(Kind kind, double position, int token, int length) {
    enum Kind {
        INSERT, DELETE, REPLACE, DUPLICATE_LINE, TRUNCATE, SWAP_LINES
    }

    /**
     * Tokens that broke or fooled a reader in the 673 cases of issue 15, or are their kin: numbers
     * Java reads too willingly, values out of range, YAML structure (nesting, anchors, tags, a second
     * document), delimiters and quotes, control characters, a byte-order mark and the replacement
     * character, digits of another script, formula starters, long runs.
     */
    static final List<String> TOKENS = List.of("0x1p3", "NaN", "Infinity", ".inf", "1e400", "-1e308", "1e308", "-0",
            "100000000", "998", "99999999999999999999", "1.5e-400", "١٢", "+7", "", ",", ";", "\"", "\"\"", "'",
            "\n", "\r\n", "\r", "\t", "\u0000", "\u0007", "\uFEFF", "\uFFFD", "\u00e9", "\uD83D\uDE00", "\uD800",
            "[".repeat(300), "]", "{".repeat(300), "}", ": ", "- ", "-", "&a ", "*a", "&a [*a]", "!!binary ",
            "!!python/object:os.system ", "%YAML 1.1\n", "---\n", "...\n", "? ", "|\n", ">-\n", "#", "<<: *a",
            "key: value\n", "claims: []\n", "horizon: 5\n", "runs: 100000000\n", "actors: [IND, IND]\n",
            "=HYPERLINK(\"http://x\")", "@SUM(A1)", "9".repeat(400), "x".repeat(5000), " ".repeat(200),
            "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p", "<script>", "</p>", "&#x110000;", "&#99999999999;", "&amp;",
            "<!--", "```", "# Title\n", "2021-02-30", "2021-13-01", "1815", "2101", "19990101", "NA", "-9");

    /** Mutations drawn by jqwik, the seed and shrinking included. */
    static Arbitrary<Mutation> arbitrary() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.doubles().between(0, 1).ofScale(4),
                Arbitraries.integers().between(0, TOKENS.size() - 1), Arbitraries.integers().between(1, 200))
                .as(Mutation::new);
    }

    /** Lists of one to eight mutations. */
    static Arbitrary<List<Mutation>> lists() {
        return arbitrary().list().ofMinSize(1).ofMaxSize(8);
    }

    /** The text after this edit. */
    String apply(String text) {
        int at = (int) (position * text.length());
        String piece = TOKENS.get(token);
        int end = Math.min(text.length(), at + length);
        return switch (kind) {
            case INSERT -> text.substring(0, at) + piece + text.substring(at);
            case DELETE -> text.substring(0, at) + text.substring(end);
            case REPLACE -> text.substring(0, at) + piece + text.substring(end);
            case DUPLICATE_LINE -> duplicateLine(text, at);
            case TRUNCATE -> text.substring(0, at);
            case SWAP_LINES -> swapLines(text, at);
        };
    }

    /** All edits in order. */
    static String applyAll(String text, List<Mutation> mutations) {
        String result = text;
        for (Mutation mutation : mutations) {
            result = mutation.apply(result);
        }
        return result;
    }

    private static String duplicateLine(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end + 1;
        String line = text.substring(start, end);
        return text.substring(0, end) + (line.endsWith("\n") ? line : "\n" + line) + text.substring(end);
    }

    private static String swapLines(String text, int at) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return text;
        }
        int i = Math.min(lines.length - 2, (int) ((double) at / Math.max(1, text.length()) * lines.length));
        String swap = lines[i];
        lines[i] = lines[i + 1];
        lines[i + 1] = swap;
        return String.join("\n", lines);
    }
}
