package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.dynamics.RichardsonModel;

/**
 * Richardson's arms race from given coefficients, followed from a start for some years.
 *
 * @param model the coefficients (validated by the model: rates non-negative, grievances finite)
 * @param x0    the start level of x, finite
 * @param y0    the start level of y, finite
 * @param years the trajectory's length in years, 0 to {@value #MAX_YEARS}
 */
public record RichardsonRequest(RichardsonModel model, double x0, double y0, int years) {
    /** The longest trajectory a request may ask for. */
    public static final int MAX_YEARS = 10_000;
    /** The trajectory's length when none is asked for. */
    public static final int DEFAULT_YEARS = 30;

    public RichardsonRequest {
        Objects.requireNonNull(model, "model");
        if (!Double.isFinite(x0)) {
            throw new InvalidRequestException("x0", "the start level of x must be a finite number, got " + x0);
        }
        if (!Double.isFinite(y0)) {
            throw new InvalidRequestException("y0", "the start level of y must be a finite number, got " + y0);
        }
        if (years < 0 || years > MAX_YEARS) {
            throw new InvalidRequestException("years", "the trajectory is 0-" + MAX_YEARS + " years long, got "
                    + years);
        }
    }
}
