package org.counterweight.app.calibration;

import java.util.Arrays;

/**
 * One actor's calibrated arms-dynamics parameters (the continuous-time model's; scenarios use the selected
 * expenditure equations since issue 11, docs/models/specifications.md): the terms of
 * {@code SecurityDilemmaModel}'s {@code dx/dt = (k T + max(c, 0)) R + min(c, 0) - a x} in US$ bn
 * (constant 2022 US$, SIPRI), estimated by {@link CalibrationService} on the discretised equation
 * {@code x_t - x_{t-1} = c + k T_{t-1} - a x_{t-1}} over the whole window.
 *
 * <p>The point estimates and the draws are reported as estimated: k or a may be negative (then the
 * actor does not meet {@code SecurityDilemmaModel.Actor}'s k, a &gt;= 0, see {@link #admissible()});
 * what to do with such draws is the user's choice, to be stated with the results.
 *
 * <p>Capacity rule (an economic ceiling, US$ bn): with s_t SIPRI's military expenditure as a share of
 * GDP and x_t the expenditure, GDP_t = x_t / s_t (SIPRI's share is of current-price GDP, so this is
 * GDP at the constant-2022-dollar rate of the expenditure series; the price bases cancel only
 * approximately). In the last window year L with both figures,
 * {@code capacity = x_L / s_L * max_{t in window} s_t}: the largest share the state actually bore in
 * the window, applied to its latest GDP. Infinite when SIPRI gives no share in the window.
 *
 * @param id       actor id (ISO3, as in the case)
 * @param k        reaction to threat, per year
 * @param a        fatigue, per year
 * @param c        grievance, US$ bn per year
 * @param x0       the level in {@code x0Year}, US$ bn
 * @param x0Year   the last window year with a level
 * @param capacity ceiling, US$ bn, &gt; 0 or +infinity
 * @param draws    bootstrap draws, one row {c, k, a} each (pairs bootstrap, in drawing order)
 */
public record ActorParameters(String id, double k, double a, double c, double x0, int x0Year, double capacity,
        double[][] draws) {
    public ActorParameters {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        if (!(capacity > 0)) {
            throw new IllegalArgumentException("capacity of " + id + " must be > 0 or infinite, got " + capacity);
        }
        draws = copy(draws);
        for (double[] draw : draws) {
            if (draw.length != 3) {
                throw new IllegalArgumentException("each draw of " + id + " must be {c, k, a}, got "
                        + Arrays.toString(draw));
            }
        }
    }

    @Override
    public double[][] draws() {
        return copy(draws);
    }

    /** The number of bootstrap draws. */
    public int drawCount() {
        return draws.length;
    }

    /** Draw i as {c, k, a}. */
    public double[] draw(int i) {
        return draws[i].clone();
    }

    /** Whether the point estimates have k, a &gt;= 0, as the N-actor model requires. */
    public boolean admissible() {
        return k >= 0 && a >= 0;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
