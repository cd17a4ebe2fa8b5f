package org.counterweight.core.scenario;

import java.util.random.RandomGenerator;

/** An uncertain magnitude: a value drawn uniformly from [low, high] (a point when they are equal). */
public record Range(double low, double high) {
    public Range {
        if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
            throw new IllegalArgumentException("range must be finite with low <= high, got [" + low + ", " + high + "]");
        }
    }

    public static Range point(double value) {
        return new Range(value, value);
    }

    public double mid() {
        return (low + high) / 2;
    }

    /** A uniform draw; always consumes one number from the generator, so runs stay aligned. */
    public double draw(RandomGenerator random) {
        double u = random.nextDouble();
        return low + u * (high - low);
    }

    @Override
    public String toString() {
        return low == high ? String.valueOf(low) : "[" + low + ", " + high + "]";
    }
}
