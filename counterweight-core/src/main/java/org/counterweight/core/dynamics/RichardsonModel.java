package org.counterweight.core.dynamics;

import java.util.Optional;

/**
 * Richardson's two-actor arms race:
 * <pre>
 *   dx/dt = k y - a x + g
 *   dy/dt = l x - b y + h
 * </pre>
 * with reaction coefficients k, l &gt;= 0 (per year), fatigue coefficients a, b &gt;= 0 (per year)
 * and grievances g, h (arms units per year, any sign: negative is goodwill). State [x, y] in arms
 * units (for example constant US dollars of military expenditure).
 *
 * <p>Source: L. F. Richardson, Arms and Insecurity, Boxwood Press / Quadrangle, 1960; the estimation
 * practice and its critiques in M. D. Intriligator and D. L. Brito, "Can arms races lead to the
 * outbreak of war?", Journal of Conflict Resolution 28(1), 63-84, 1984, and J. P. Dunne and R. P. Smith,
 * "The econometrics of military arms races", Handbook of Defense Economics 2, 913-940, 2007.
 *
 * <p>Closed forms. Write z = (x, y), A = [[-a, k], [l, -b]], c = (g, h), so dz/dt = A z + c.
 * <ul>
 * <li>trace A = -(a + b), det A = a b - k l. Eigenvalues m &plusmn; s with m = -(a + b)/2 and
 * s = sqrt((a - b)^2 + 4 k l)/2: always real for k, l &gt;= 0 (repeated when a = b and k l = 0).</li>
 * <li>When det A != 0 the unique equilibrium is x* = (b g + k h)/(a b - k l),
 * y* = (a h + l g)/(a b - k l).</li>
 * <li>Stability: both eigenvalues have negative real parts iff trace &lt; 0 and det &gt; 0; with
 * non-negative coefficients det &gt; 0 forces a, b &gt; 0, so the exact condition is
 * <b>a b &gt; k l</b>. a b &lt; k l gives a saddle (a runaway race or disarmament depending on the
 * start); a b = k l gives a zero eigenvalue (no unique equilibrium: marginal).</li>
 * <li>Trajectory: z(t) = e^{At} z0 + (integral from 0 to t of e^{Au} du) c, with the matrix
 * exponential from the spectral (Sylvester) decomposition written without eigenvectors,
 * e^{At} = e^{mt} (cosh(st) I + sinh(st)/s (A - m I)) (evaluated as separate exponentials
 * e^{(m &plusmn; s)t} when |st| &gt; 1, to avoid 0 times infinity over long horizons), which holds for distinct and repeated
 * eigenvalues alike (sinh(st)/s = t at s = 0) and needs no division by a vanishing eigenvector
 * component when k or l is 0.</li>
 * </ul>
 */
public record RichardsonModel(double k, double l, double a, double b, double g, double h)
        implements OrdinaryDifferentialEquation {

    /** The sign structure of the equilibrium. */
    public enum Stability {
        /** a b &gt; k l: both eigenvalues negative, every trajectory tends to the equilibrium. */
        STABLE,
        /** a b &lt; k l: one positive eigenvalue (a saddle). */
        UNSTABLE,
        /** a b = k l: a zero eigenvalue; no unique equilibrium. */
        MARGINAL
    }

    /** An equilibrium point. */
    public record Equilibrium(double x, double y) {
    }

    /**
     * @param k reaction of x to y, &gt;= 0 per year
     * @param l reaction of y to x, &gt;= 0 per year
     * @param a fatigue of x, &gt;= 0 per year
     * @param b fatigue of y, &gt;= 0 per year
     * @param g grievance of x, finite, arms units per year
     * @param h grievance of y, finite, arms units per year
     */
    public RichardsonModel {
        Checks.nonNegative("reaction k", k);
        Checks.nonNegative("reaction l", l);
        Checks.nonNegative("fatigue a", a);
        Checks.nonNegative("fatigue b", b);
        Checks.finite("grievance g", g);
        Checks.finite("grievance h", h);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[] computeDerivatives(double t, double[] z) {
        return new double[] {k * z[1] - a * z[0] + g, l * z[0] - b * z[1] + h};
    }

    /** det A = a b - k l. */
    public double determinant() {
        return a * b - k * l;
    }

    /** trace A = -(a + b). */
    public double trace() {
        return -(a + b);
    }

    /** The eigenvalues of A, largest first (always real for these signs). */
    public double[] eigenvalues() {
        double m = -(a + b) / 2;
        double s = halfSpread();
        return new double[] {m + s, m - s};
    }

    /** The unique equilibrium, or empty when a b = k l. */
    public Optional<Equilibrium> equilibrium() {
        double det = determinant();
        if (det == 0) {
            return Optional.empty();
        }
        return Optional.of(new Equilibrium((b * g + k * h) / det, (a * h + l * g) / det));
    }

    /** Stable iff a b &gt; k l (see the class comment for why that is the exact condition). */
    public Stability stability() {
        double det = determinant();
        return det > 0 ? Stability.STABLE : det < 0 ? Stability.UNSTABLE : Stability.MARGINAL;
    }

    /**
     * The exact state at time t from (x0, y0) at time 0 (t may be negative).
     *
     * @return {x(t), y(t)}
     */
    public double[] stateAt(double t, double x0, double y0) {
        Checks.finite("t", t);
        Checks.finite("x0", x0);
        Checks.finite("y0", y0);
        double m = -(a + b) / 2;
        double s = halfSpread();
        // e^{At} = C I + S N with C = e^{mt} cosh(st), S = e^{mt} sinh(st)/s, N = A - m I
        double c;
        double sh;
        double st = s * t;
        if (Math.abs(st) > 1) { // separate exponentials: e^{mt} cosh(st) would be 0 * infinity for large t
            double e1 = Math.exp((m + s) * t), e2 = Math.exp((m - s) * t);
            c = (e1 + e2) / 2;
            sh = (e1 - e2) / (2 * s);
        } else {
            double em = Math.exp(m * t);
            c = em * Math.cosh(st);
            sh = em * sinhOver(s, t);
        }
        double n11 = -a - m, n22 = -b - m;
        double e11 = c + sh * n11, e12 = sh * k, e21 = sh * l, e22 = c + sh * n22;
        double det = determinant();
        if (det != 0) {
            double xs = (b * g + k * h) / det, ys = (a * h + l * g) / det;
            double dx = x0 - xs, dy = y0 - ys;
            return new double[] {xs + e11 * dx + e12 * dy, ys + e21 * dx + e22 * dy};
        }
        // singular A: eigenvalues 0 and tau = -(a + b); Phi(t) = integral of e^{Au} du
        double tau = -(a + b);
        double p11, p12, p21, p22;
        if (tau == 0) { // a = b = 0 and k l = 0: A nilpotent, Phi = t I + A t^2 / 2
            p11 = t;
            p12 = k * t * t / 2;
            p21 = l * t * t / 2;
            p22 = t;
        } else { // Phi = (A (e^{tau t} - 1)/tau - (A - tau I) t) / tau
            double q = Math.expm1(tau * t) / tau;
            p11 = (-a * q - (-a - tau) * t) / tau;
            p12 = (k * q - k * t) / tau;
            p21 = (l * q - l * t) / tau;
            p22 = (-b * q - (-b - tau) * t) / tau;
        }
        return new double[] {e11 * x0 + e12 * y0 + p11 * g + p12 * h, e21 * x0 + e22 * y0 + p21 * g + p22 * h};
    }

    private double halfSpread() {
        return Math.sqrt((a - b) * (a - b) + 4 * k * l) / 2;
    }

    /** sinh(s t)/s, equal to t at s = 0 and accurate for small s t. */
    private static double sinhOver(double s, double t) {
        double st = s * t;
        if (s == 0) {
            return t;
        }
        if (Math.abs(st) < 1e-5) {
            return t * (1 + st * st / 6);
        }
        return Math.sinh(st) / s;
    }
}
