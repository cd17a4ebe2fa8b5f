package org.counterweight.core.dynamics;

/**
 * Shared loop of the fixed-step integrators: the interval [t0, t1] is cut into
 * n = ceil(|t1 - t0| / step) equal steps, so no step exceeds {@code step} and the last one lands
 * exactly on t1 (convenient for chaining segments at intervention dates).
 */
abstract class FixedStepIntegrator implements ODEIntegrator {
    private final double step;

    FixedStepIntegrator(double step) {
        this.step = Checks.positive("step", step);
    }

    /** The largest step taken. */
    public double step() {
        return step;
    }

    /** Evaluations per step. */
    abstract int stages();

    /** The state after one step of signed size h from (t, y). */
    abstract double[] advance(OrdinaryDifferentialEquation equations, double t, double[] y, double h);

    @Override
    public final Integration integrate(OrdinaryDifferentialEquation equations, double t0, double[] y0, double t1,
            StepHandler handler) {
        Checks.problem(equations, t0, y0, t1);
        double[] y = y0.clone();
        handler.handleStep(t0, y.clone());
        double span = t1 - t0;
        if (span == 0) {
            return new Integration(t1, y, Integration.Status.COMPLETED, 0, 0, 0);
        }
        long n = (long) Math.ceil(Math.abs(span) / step * (1 - 1e-12));
        n = Math.max(1, n);
        if (n > Integer.MAX_VALUE / stages()) {
            throw new IllegalArgumentException("step " + step + " is too small for the interval [" + t0 + ", " + t1 + "]");
        }
        double h = span / n;
        int evaluations = 0;
        double t = t0;
        for (long i = 1; i <= n; i++) {
            double[] next = advance(equations, t, y, h);
            evaluations += stages();
            double tNext = i == n ? t1 : t0 + i * h;
            if (!Checks.allFinite(next)) {
                return new Integration(t, y, Integration.Status.NON_FINITE_STATE, evaluations, (int) (i - 1), 0);
            }
            y = next;
            t = tNext;
            handler.handleStep(t, y.clone());
        }
        return new Integration(t1, y, Integration.Status.COMPLETED, evaluations, (int) n, 0);
    }
}
