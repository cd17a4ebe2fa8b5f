package org.counterweight.core.dynamics;

/**
 * Explicit (forward) Euler: y(t + h) = y(t) + h f(t, y(t)); first order, global error O(h).
 *
 * <p>Its use here is not accuracy but fidelity to discrete-time data: with a step of one year,
 * integrating a model from year to year is exactly the difference equation
 * x(t + 1) = x(t) + f(t, x(t)) that annual series are regressed on (OLS on the discretised
 * Richardson equations, as in Intriligator &amp; Brito 1984 and Dunne &amp; Smith 2007). For a
 * continuous-time reading use {@link RungeKutta4Integrator} or {@link DormandPrince54Integrator}.
 */
public final class ForwardEulerIntegrator extends FixedStepIntegrator {
    /** @param step the largest step, &gt; 0, in the model's time unit (years here) */
    public ForwardEulerIntegrator(double step) {
        super(step);
    }

    @Override
    int stages() {
        return 1;
    }

    @Override
    double[] advance(OrdinaryDifferentialEquation equations, double t, double[] y, double h) {
        double[] f = equations.computeDerivatives(t, y);
        double[] next = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            next[i] = y[i] + h * f[i];
        }
        return next;
    }
}
