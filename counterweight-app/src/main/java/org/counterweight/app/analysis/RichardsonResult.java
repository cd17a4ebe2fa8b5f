package org.counterweight.app.analysis;

import java.util.List;
import org.counterweight.core.dynamics.RichardsonModel;

/**
 * Richardson's arms race: the model (its equilibrium, stability and eigenvalues) and its exact
 * trajectory.
 *
 * @param model      the coefficients
 * @param x0         the start level of x
 * @param y0         the start level of y
 * @param trajectory the levels at t = 0, 1, ... years
 */
public record RichardsonResult(RichardsonModel model, double x0, double y0, List<Point> trajectory) {
    public RichardsonResult {
        trajectory = List.copyOf(trajectory);
    }

    /** The two levels at time t (years). */
    public record Point(int t, double x, double y) {
    }
}
