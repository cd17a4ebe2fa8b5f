package org.counterweight.core.bargaining;

import java.util.List;

/**
 * The issue's scale: the positions an outcome can take, from {@code min} to {@code max}. Distances
 * between positions are divided by the span {@code max - min} (Scholz et al. 2011, section 3: "x_max -
 * x_min"), so utilities stay within [-2, 2] whatever the scale's units.
 *
 * @param min the lowest position (an issue file's "0 = full sanctions")
 * @param max the highest position, > min
 */
public record IssueScale(double min, double max) {
    public IssueScale {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("an issue scale needs finite min < max, got [" + min + ", " + max + "]");
        }
    }

    /**
     * The span of the actors' positions, as the public replications take it for a table without a
     * declared scale (the European Community example: 4 to 10 years).
     *
     * @throws IllegalArgumentException when every actor holds the same position (there is nothing to
     *                                  bargain over)
     */
    public static IssueScale spanOf(List<BargainingActor> actors) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BargainingActor actor : actors) {
            lo = Math.min(lo, actor.position());
            hi = Math.max(hi, actor.position());
        }
        if (!(hi > lo)) {
            throw new IllegalArgumentException("every actor holds the same position (" + lo
                    + "): there is nothing to bargain over");
        }
        return new IssueScale(lo, hi);
    }

    /** max - min. */
    public double span() {
        return max - min;
    }

    /** Whether a position lies on the scale. */
    public boolean contains(double position) {
        return position >= min && position <= max;
    }
}
