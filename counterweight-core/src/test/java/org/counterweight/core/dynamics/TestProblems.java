package org.counterweight.core.dynamics;

/** Problems with closed-form solutions, for checking the integrators. */
final class TestProblems {
    private TestProblems() {
    }

    /** dy/dt = -lambda y, y(t) = y0 exp(-lambda t). */
    static OrdinaryDifferentialEquation decay(double lambda) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {-lambda * y[0]};
            }
        };
    }

    /** y'' = -omega^2 y as (y, v): y(t) = y0 cos(omega t) + v0/omega sin(omega t). */
    static OrdinaryDifferentialEquation oscillator(double omega) {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {y[1], -omega * omega * y[0]};
            }
        };
    }

    static double[] oscillatorExact(double omega, double y0, double v0, double t) {
        return new double[] {y0 * Math.cos(omega * t) + v0 / omega * Math.sin(omega * t),
                -y0 * omega * Math.sin(omega * t) + v0 * Math.cos(omega * t)};
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** log2(error(h) / error(h/2)): the observed order of convergence. */
    static double observedOrder(double coarseError, double fineError) {
        return Math.log(coarseError / fineError) / Math.log(2);
    }
}
