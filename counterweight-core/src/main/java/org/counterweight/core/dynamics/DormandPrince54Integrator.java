package org.counterweight.core.dynamics;

/**
 * Adaptive explicit Runge-Kutta integration with the Dormand-Prince embedded 5(4) pair.
 *
 * <p>Source: J. R. Dormand and P. J. Prince, "A family of embedded Runge-Kutta formulae", Journal of
 * Computational and Applied Mathematics 6(1), 19-26, 1980, doi:10.1016/0771-050X(80)90013-3
 * (the RK5(4)7M pair). Seven stages, first-same-as-last (the seventh stage of an accepted step is
 * the first of the next), so six new evaluations per step. The solution is advanced with the
 * fifth-order weights (local extrapolation); the difference with the embedded fourth-order weights
 * estimates the local error.
 *
 * <p>Error control and step-size selection follow Hairer, Norsett &amp; Wanner, Solving Ordinary
 * Differential Equations I, 2nd ed., Springer 1993, sec. II.4 (as in their DOPRI5 code):
 * <ul>
 * <li>scaled error err = sqrt(mean_i (e_i / sc_i)^2), with sc_i = atol + rtol * max(|y_i|, |y_new_i|);
 * a step is accepted when err &lt;= 1;</li>
 * <li>the next step is h * min(5, max(0.2, 0.9 * err^(-1/5))), never growing right after a rejection,
 * and always within [minStep, maxStep] (except a shorter last step that lands exactly on t1);</li>
 * <li>the starting step is chosen by the algorithm of HNW sec. II.4 from f(t0, y0).</li>
 * </ul>
 * The tolerances bound the local error per step, not the global error; for well-conditioned
 * problems the global error is of the same order. No dense output: callers who need the state at
 * given times integrate to each of them (as the yearly scenarios do, year by year).
 */
public final class DormandPrince54Integrator implements ODEIntegrator {
    private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561,
            A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176,
            A65 = -5103.0 / 18656;
    /** Fifth-order weights (also the seventh stage's row: FSAL). */
    private static final double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784,
            B6 = 11.0 / 84;
    /** Fifth-order minus fourth-order weights (b - b*). */
    private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200,
            E6 = 22.0 / 525, E7 = -1.0 / 40;

    private static final double SAFETY = 0.9, MIN_FACTOR = 0.2, MAX_FACTOR = 5.0;

    /** Default evaluation budget per integration. */
    public static final int DEFAULT_MAX_EVALUATIONS = 1_000_000;

    private final double minStep;
    private final double maxStep;
    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final int maxEvaluations;

    /**
     * @param minStep           the smallest step allowed, &gt; 0 (below it integration stops with
     *                          {@link Integration.Status#STEP_SIZE_UNDERFLOW})
     * @param maxStep           the largest step allowed, &gt;= minStep
     * @param absoluteTolerance atol, &gt;= 0, in the state's units
     * @param relativeTolerance rtol, &gt;= 0; atol and rtol must not both be 0
     */
    public DormandPrince54Integrator(double minStep, double maxStep, double absoluteTolerance,
            double relativeTolerance) {
        this(minStep, maxStep, absoluteTolerance, relativeTolerance, DEFAULT_MAX_EVALUATIONS);
    }

    /** @param maxEvaluations the evaluation budget per integration, &gt; 0 */
    public DormandPrince54Integrator(double minStep, double maxStep, double absoluteTolerance,
            double relativeTolerance, int maxEvaluations) {
        this.minStep = Checks.positive("minStep", minStep);
        this.maxStep = Checks.positive("maxStep", maxStep);
        if (maxStep < minStep) {
            throw new IllegalArgumentException("maxStep must be >= minStep " + minStep + ", got " + maxStep);
        }
        this.absoluteTolerance = Checks.nonNegative("absoluteTolerance", absoluteTolerance);
        this.relativeTolerance = Checks.nonNegative("relativeTolerance", relativeTolerance);
        if (absoluteTolerance == 0 && relativeTolerance == 0) {
            throw new IllegalArgumentException("absoluteTolerance and relativeTolerance must not both be 0");
        }
        if (maxEvaluations <= 0) {
            throw new IllegalArgumentException("maxEvaluations must be > 0, got " + maxEvaluations);
        }
        this.maxEvaluations = maxEvaluations;
    }

    public double minStep() {
        return minStep;
    }

    public double maxStep() {
        return maxStep;
    }

    public double absoluteTolerance() {
        return absoluteTolerance;
    }

    public double relativeTolerance() {
        return relativeTolerance;
    }

    @Override
    public Integration integrate(OrdinaryDifferentialEquation eq, double t0, double[] y0, double t1,
            StepHandler handler) {
        Checks.problem(eq, t0, y0, t1);
        int n = y0.length;
        double[] y = y0.clone();
        handler.handleStep(t0, y.clone());
        if (t1 == t0) {
            return new Integration(t1, y, Integration.Status.COMPLETED, 0, 0, 0);
        }
        double direction = Math.signum(t1 - t0);
        double t = t0;
        double[] k1 = eq.computeDerivatives(t, y);
        int evaluations = 1;
        int steps = 0;
        int rejected = 0;
        double h = initialStep(eq, t0, y, k1, direction);
        evaluations++;
        boolean lastRejected = false;
        double[] tmp = new double[n];
        while (true) {
            double remaining = (t1 - t) * direction;
            boolean last = h >= remaining;
            double hs = direction * (last ? remaining : h);
            if (evaluations + 6 > maxEvaluations) {
                return new Integration(t, y, Integration.Status.MAX_EVALUATIONS_REACHED, evaluations, steps, rejected);
            }
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hs * A21 * k1[i];
            }
            double[] k2 = eq.computeDerivatives(t + C2 * hs, tmp);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hs * (A31 * k1[i] + A32 * k2[i]);
            }
            double[] k3 = eq.computeDerivatives(t + C3 * hs, tmp);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hs * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
            }
            double[] k4 = eq.computeDerivatives(t + C4 * hs, tmp);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hs * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
            }
            double[] k5 = eq.computeDerivatives(t + C5 * hs, tmp);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + hs * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
            }
            double[] k6 = eq.computeDerivatives(t + hs, tmp);
            double[] yNew = new double[n];
            for (int i = 0; i < n; i++) {
                yNew[i] = y[i] + hs * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
            }
            double tNew = last ? t1 : t + hs;
            double[] k7 = eq.computeDerivatives(tNew, yNew);
            evaluations += 6;

            double sum = 0;
            for (int i = 0; i < n; i++) {
                double e = hs * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
                double sc = absoluteTolerance + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
                double r = e / sc;
                sum += r * r;
            }
            double err = n == 0 ? 0 : Math.sqrt(sum / n);
            if (!Double.isFinite(err) || !Checks.allFinite(yNew)) {
                // a non-finite trial: shrink hard, or stop if the step cannot shrink
                if (Math.abs(hs) <= minStep) {
                    return new Integration(t, y, Integration.Status.NON_FINITE_STATE, evaluations, steps, rejected);
                }
                h = Math.max(minStep, Math.abs(hs) * MIN_FACTOR);
                rejected++;
                lastRejected = true;
                continue;
            }
            double factor = err == 0 ? MAX_FACTOR
                    : Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, SAFETY * Math.pow(err, -0.2)));
            if (err <= 1) {
                steps++;
                t = tNew;
                y = yNew;
                k1 = k7;
                handler.handleStep(t, y.clone());
                if (last) {
                    return new Integration(t1, y, Integration.Status.COMPLETED, evaluations, steps, rejected);
                }
                if (lastRejected) {
                    factor = Math.min(1, factor);
                }
                h = Math.min(maxStep, Math.max(minStep, Math.abs(hs) * factor));
                lastRejected = false;
            } else {
                rejected++;
                lastRejected = true;
                if (Math.abs(hs) <= minStep) {
                    return new Integration(t, y, Integration.Status.STEP_SIZE_UNDERFLOW, evaluations, steps, rejected);
                }
                h = Math.max(minStep, Math.abs(hs) * factor);
            }
        }
    }

    /** HNW sec. II.4 starting step (one extra evaluation), clamped to [minStep, maxStep]. */
    private double initialStep(OrdinaryDifferentialEquation eq, double t0, double[] y0, double[] f0,
            double direction) {
        int n = y0.length;
        double d0 = 0, d1 = 0;
        for (int i = 0; i < n; i++) {
            double sc = absoluteTolerance + relativeTolerance * Math.abs(y0[i]);
            d0 += (y0[i] / sc) * (y0[i] / sc);
            d1 += (f0[i] / sc) * (f0[i] / sc);
        }
        d0 = n == 0 ? 0 : Math.sqrt(d0 / n);
        d1 = n == 0 ? 0 : Math.sqrt(d1 / n);
        double h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
        h0 = Math.min(h0, maxStep);
        double[] y1 = new double[n];
        for (int i = 0; i < n; i++) {
            y1[i] = y0[i] + direction * h0 * f0[i];
        }
        double[] f1 = eq.computeDerivatives(t0 + direction * h0, y1);
        double d2 = 0;
        for (int i = 0; i < n; i++) {
            double sc = absoluteTolerance + relativeTolerance * Math.abs(y0[i]);
            double r = (f1[i] - f0[i]) / sc;
            d2 += r * r;
        }
        d2 = n == 0 ? 0 : Math.sqrt(d2 / n) / h0;
        double m = Math.max(d1, d2);
        double h1 = m <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / m, 0.2);
        double h = Math.min(100 * h0, h1);
        if (!Double.isFinite(h)) {
            h = minStep;
        }
        return Math.min(maxStep, Math.max(minStep, h));
    }
}
