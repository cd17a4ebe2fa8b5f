package org.counterweight.core.scenario;

/**
 * An actor of the model as calibrated from history.
 *
 * @param id       actor id
 * @param level    expenditure at the start year (US$ bn, constant prices)
 * @param capacity the spending ceiling (US$ bn); {@code Double.POSITIVE_INFINITY} for none
 * @param draws    parameter draws {c, k, a} (grievance, reaction, fatigue) from the calibration's
 *                 bootstrap; the first row is the point estimate. Negative k or a (no evidence of
 *                 reaction or fatigue) are used as 0, since the model requires them non-negative.
 */
public record CalibratedActor(String id, double level, double capacity, double[][] draws) {
    public CalibratedActor {
        if (!(level >= 0) || !Double.isFinite(level)) {
            throw new IllegalArgumentException("level of " + id + " must be finite and >= 0, got " + level);
        }
        if (!(capacity > 0)) {
            throw new IllegalArgumentException("capacity of " + id + " must be > 0, got " + capacity);
        }
        if (draws.length == 0) {
            throw new IllegalArgumentException("actor " + id + " needs at least one parameter draw");
        }
        double[][] copy = new double[draws.length][];
        for (int i = 0; i < draws.length; i++) {
            if (draws[i].length != 3) {
                throw new IllegalArgumentException("draw " + i + " of " + id + " must be {c, k, a}");
            }
            copy[i] = draws[i].clone();
        }
        draws = copy;
    }

    /** The point estimate {c, k, a}. */
    public double[] point() {
        return draws[0].clone();
    }
}
