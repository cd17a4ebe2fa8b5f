package org.counterweight.core.actor;

/**
 * The optimal-string-alignment form of the Damerau-Levenshtein distance: the fewest insertions,
 * deletions, substitutions and transpositions of two adjacent characters turning one string into
 * the other, no substring edited twice (Damerau 1964, "A technique for computer detection and
 * correction of spelling errors", Communications of the ACM 7(3):171-176, doi:10.1145/363958.363994;
 * Levenshtein 1966, Soviet Physics Doklady 10(8):707-710). O(|a| |b|) time and space; compares
 * UTF-16 chars, case-sensitively (callers fold case first).
 */
public final class EditDistance {
    private EditDistance() {
    }

    public static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
