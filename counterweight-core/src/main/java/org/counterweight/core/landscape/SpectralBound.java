package org.counterweight.core.landscape;

/**
 * Lower bounds on the global minimum energy. Package-private; see
 * {@link MultiStartDescentSearch#lowerBound(Landscape)}.
 *
 * <p>With spins σ_i = ±1 and W = Σ_{i≠j} w_ij, E(σ) = (W − σᵀwσ)/2. For any diagonal matrix D,
 * σᵀ(w + D)σ = σᵀwσ + tr D and σᵀ(w + D)σ ≤ n λ_max(w + D) because |σ|² = n. Hence
 * E ≥ (W + tr D − n λ_max(w + D))/2 for every D: the eigenvalue bound of Delorme &amp; Poljak
 * (Mathematical Programming 62, 1993, doi:10.1007/BF01585178) for max-cut, here for a minimum cut
 * with signed weights. D is improved by unconstrained subgradient steps (the subgradient of
 * n λ_max(w + D) − tr D with respect to D_ii is n v_i² − 1, v the unit top eigenvector); every
 * iterate gives a valid bound and the best is kept.
 */
final class SpectralBound {
    private SpectralBound() {
    }

    static double bound(Landscape landscape, int iterations) {
        double[][] w = landscape.weightMatrix();
        int n = w.length;
        double total = 0;
        double scale = 0;
        for (double[] row : w) {
            for (double x : row) {
                total += x;
                scale += Math.abs(x);
            }
        }
        if (scale == 0) {
            return 0;
        }
        double[] d = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        double step = scale / n / n;
        for (int it = 0; it <= iterations; it++) {
            double[][] m = new double[n][n];
            double trace = 0;
            for (int i = 0; i < n; i++) {
                m[i] = w[i].clone();
                m[i][i] = d[i];
                trace += d[i];
            }
            double[] v = new double[n];
            double lambda = largestEigenpair(m, v);
            best = Math.max(best, (total + trace - n * lambda) / 2);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double g = n * v[i] * v[i] - 1;
                norm += g * g;
            }
            if (norm < 1e-18) {
                break;
            }
            double s = step / Math.sqrt(norm) / Math.sqrt(it + 1.0);
            for (int i = 0; i < n; i++) {
                d[i] -= s * (n * v[i] * v[i] - 1);
            }
        }
        // Round-off in the eigenvalues: give away a margin far above their error.
        return best - 1e-9 * scale;
    }

    /** Cyclic Jacobi on a copy of the symmetric matrix; returns λ_max and writes its unit eigenvector. */
    static double largestEigenpair(double[][] matrix, double[] vector) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < n; p++) {
                diag += a[p][p] * a[p][p];
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-30 * (diag + off) || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        int top = 0;
        for (int i = 1; i < n; i++) {
            if (a[i][i] > a[top][top]) {
                top = i;
            }
        }
        for (int k = 0; k < n; k++) {
            vector[k] = v[k][top];
        }
        return a[top][top];
    }
}
