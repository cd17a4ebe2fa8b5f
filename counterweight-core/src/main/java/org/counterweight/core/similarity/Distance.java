package org.counterweight.core.similarity;

/**
 * How far apart two codes of an ordinal scale are, scaled to [0, 1] by the largest possible
 * distance: with {@code c} categories the largest distance is {@code m = c - 1}.
 */
public enum Distance {
    /** 0 when the codes agree, 1 otherwise (nominal categories). */
    NOMINAL,
    /** {@code |i - j| / m}: Signorino &amp; Ritter's (1999) metric and H&auml;ge's (2011) linear weights. */
    ABSOLUTE,
    /** {@code (|i - j| / m)^2}: squared distances (Signorino &amp; Ritter's footnote; H&auml;ge's quadratic weights). */
    SQUARED;

    /** The scaled distance between codes {@code i} and {@code j} of a scale with {@code categories} codes. */
    public double between(int i, int j, int categories) {
        if (categories < 2) {
            throw new IllegalArgumentException("categories must be at least 2, got " + categories);
        }
        double scaled = Math.abs(i - j) / (double) (categories - 1);
        return switch (this) {
            case NOMINAL -> i == j ? 0 : 1;
            case ABSOLUTE -> scaled;
            case SQUARED -> scaled * scaled;
        };
    }

    /** The c&times;c table of scaled distances, row-major. */
    double[] table(int categories) {
        double[] table = new double[categories * categories];
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                table[i * categories + j] = between(i, j, categories);
            }
        }
        return table;
    }

    /** Lower-case label used in measure names ("absolute"). */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
