package org.counterweight.core.bargaining;

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

    /** max - min. */
    public double span() {
        return max - min;
    }

    /** Whether a position lies on the scale. */
    public boolean contains(double position) {
        return position >= min && position <= max;
    }
}
