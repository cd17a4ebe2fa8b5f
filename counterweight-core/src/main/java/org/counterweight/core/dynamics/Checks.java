package org.counterweight.core.dynamics;

/** Argument checks shared by the integrators and models; messages name the argument and value. */
final class Checks {
    private Checks() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    static double nonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    static void problem(OrdinaryDifferentialEquation equations, double t0, double[] y0, double t1) {
        if (equations == null) {
            throw new IllegalArgumentException("equations must not be null");
        }
        finite("t0", t0);
        finite("t1", t1);
        state(equations, y0);
    }

    static void state(OrdinaryDifferentialEquation equations, double[] y) {
        if (y == null || y.length != equations.dimension()) {
            throw new IllegalArgumentException("state must have length " + equations.dimension() + " (the dimension), got "
                    + (y == null ? "null" : y.length));
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("state[" + i + "] must be finite, got " + y[i]);
            }
        }
    }

    static boolean allFinite(double[] y) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
