package org.counterweight.core.landscape;

/**
 * Mutable steepest-descent state over one configuration, shared by both searches so that they
 * follow exactly the same rule. Package-private; not thread-safe (one instance per thread).
 *
 * <p>Spins σ_i = +1 (bloc 0) or −1 (bloc 1). Move gains Δ_i = 2 Σ_j w_ij σ_i σ_j with w_ij = s_i s_j
 * p_ij; switching actor t changes Δ_j by −4 w_jt σ_j σ_t (σ_t before the switch) for j ≠ t, negates
 * Δ_t and adds the old Δ_t to E: O(n) per move.
 */
final class Descent {
    private final int n;
    private final double tolerance;
    /** a[t][j] = 4 w_tj, zero diagonal. */
    private final double[][] a;
    private final double[][] w;
    private final double[] sigma;
    private final double[] delta;
    private long configuration;
    private double energy;
    /** min_i Δ_i, maintained by reset and move. */
    private double minGain;

    Descent(Landscape landscape) {
        n = landscape.actorCount();
        tolerance = landscape.tolerance();
        w = landscape.weightMatrix();
        a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = 4 * w[i][j];
            }
        }
        sigma = new double[n];
        delta = new double[n];
    }

    /** Sets the configuration and recomputes spins, gains and energy from scratch in O(n²). */
    void reset(long config) {
        configuration = config;
        for (int i = 0; i < n; i++) {
            sigma[i] = ((config >>> i) & 1L) == 0 ? 1 : -1;
        }
        double e = 0;
        for (int i = 0; i < n; i++) {
            double g = 0;
            double[] wi = w[i];
            for (int j = 0; j < n; j++) {
                g += wi[j] * sigma[j];
                if (sigma[i] != sigma[j]) {
                    e += wi[j];
                }
            }
            delta[i] = 2 * sigma[i] * g;
        }
        energy = e;
        minGain = minimum(delta, n);
    }

    /**
     * The actor whose move lowers E the most, or −1 at a local minimum (no gain below −tolerance).
     * Gains within tolerance of the best count as tied; ties go to the lowest index.
     */
    int steepestMove() {
        double best = minGain;
        if (best >= -tolerance) {
            return -1;
        }
        double threshold = best + tolerance;
        int i = 0;
        while (delta[i] > threshold) {
            i++;
        }
        return i;
    }

    /** Switches actor t in O(n). */
    void move(int t) {
        double st = sigma[t];
        double[] at = a[t];
        double dt = delta[t];
        double min = -dt;
        for (int j = 0; j < t; j++) {
            double d = delta[j] - at[j] * sigma[j] * st;
            delta[j] = d;
            if (d < min) {
                min = d;
            }
        }
        for (int j = t + 1; j < n; j++) {
            double d = delta[j] - at[j] * sigma[j] * st;
            delta[j] = d;
            if (d < min) {
                min = d;
            }
        }
        energy += dt;
        delta[t] = -dt;
        sigma[t] = -st;
        configuration ^= 1L << t;
        minGain = min;
    }

    private static double minimum(double[] values, int n) {
        double m = values[0];
        for (int i = 1; i < n; i++) {
            if (values[i] < m) {
                m = values[i];
            }
        }
        return m;
    }

    /** Descends from the current configuration until a local minimum; returns the number of moves. */
    int descend() {
        int moves = 0;
        for (int t = steepestMove(); t >= 0; t = steepestMove()) {
            move(t);
            moves++;
        }
        return moves;
    }

    long configuration() {
        return configuration;
    }

    double energy() {
        return energy;
    }
}
