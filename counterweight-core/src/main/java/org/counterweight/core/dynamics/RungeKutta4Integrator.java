package org.counterweight.core.dynamics;

/**
 * The classical fourth-order Runge-Kutta method with a fixed step (Kutta 1901; tableau 0, 1/2, 1/2,
 * 1 with weights 1/6, 1/3, 1/3, 1/6; Hairer, Norsett &amp; Wanner, Solving Ordinary Differential
 * Equations I, 2nd ed., Springer 1993, sec. II.1). Global error O(h^4); four evaluations per step;
 * no error control, so choose the step from a convergence check (halve it and compare).
 */
public final class RungeKutta4Integrator extends FixedStepIntegrator {
    /** @param step the largest step, &gt; 0, in the model's time unit (years here) */
    public RungeKutta4Integrator(double step) {
        super(step);
    }

    @Override
    int stages() {
        return 4;
    }

    @Override
    double[] advance(OrdinaryDifferentialEquation equations, double t, double[] y, double h) {
        int n = y.length;
        double[] k1 = equations.computeDerivatives(t, y);
        double[] tmp = new double[n];
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        double[] k2 = equations.computeDerivatives(t + 0.5 * h, tmp);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        double[] k3 = equations.computeDerivatives(t + 0.5 * h, tmp);
        for (int i = 0; i < n; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        double[] k4 = equations.computeDerivatives(t + h, tmp);
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            next[i] = y[i] + h / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return next;
    }
}
