package org.counterweight.core.balance;

import java.util.Arrays;

/**
 * Eigenvalues of a real symmetric matrix by the cyclic Jacobi method with threshold (Rutishauser
 * 1971, "The Jacobi method for real symmetric matrices", Handbook for Automatic Computation II;
 * Press et al., Numerical Recipes, 3rd ed., section 11.1). Each rotation annihilates one
 * off-diagonal element; sweeps repeat until the off-diagonal mass is negligible. Quadratically
 * convergent, accurate to a few ulps of the largest eigenvalue; O(n^3) per sweep and typically 6-10
 * sweeps, which is fine for n up to a few hundred.
 */
final class SymmetricEigenvalues {
    private static final int MAX_SWEEPS = 100;

    private SymmetricEigenvalues() {
    }

    /**
     * The eigenvalues in ascending order.
     *
     * @param matrix a square symmetric matrix (not modified)
     * @throws IllegalArgumentException if not square or not symmetric (to 1e-12 relative)
     * @throws ArithmeticException      if the sweeps do not converge (not expected)
     */
    static double[] of(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("matrix must be square: row " + i + " has " + matrix[i].length
                        + " entries, expected " + n);
            }
            a[i] = matrix[i].clone();
            for (double x : a[i]) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.abs(a[i][j] - a[j][i]) > 1e-12 * Math.max(1, scale)) {
                    throw new IllegalArgumentException("matrix must be symmetric: a[" + i + "][" + j + "]=" + a[i][j]
                            + " but a[" + j + "][" + i + "]=" + a[j][i]);
                }
            }
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off == 0 || Math.sqrt(off) <= 1e-15 * Math.max(scale, Double.MIN_NORMAL) * n) {
                return sortedDiagonal(a);
            }
            double threshold = sweep < 3 ? 0.2 * Math.sqrt(off) / (n * (double) n) : 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    double g = 100 * Math.abs(apq);
                    if (sweep > 3 && Math.abs(a[p][p]) + g == Math.abs(a[p][p])
                            && Math.abs(a[q][q]) + g == Math.abs(a[q][q])) {
                        a[p][q] = 0;
                        a[q][p] = 0;
                        continue;
                    }
                    if (Math.abs(apq) <= threshold || apq == 0) {
                        continue;
                    }
                    rotate(a, n, p, q);
                }
            }
        }
        throw new ArithmeticException("Jacobi eigenvalue iteration did not converge in " + MAX_SWEEPS + " sweeps");
    }

    private static void rotate(double[][] a, int n, int p, int q) {
        double apq = a[p][q];
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        double tau = s / (1 + c);
        a[p][p] -= t * apq;
        a[q][q] += t * apq;
        a[p][q] = 0;
        a[q][p] = 0;
        for (int r = 0; r < n; r++) {
            if (r == p || r == q) {
                continue;
            }
            double arp = a[r][p];
            double arq = a[r][q];
            double nrp = arp - s * (arq + tau * arp);
            double nrq = arq + s * (arp - tau * arq);
            a[r][p] = nrp;
            a[p][r] = nrp;
            a[r][q] = nrq;
            a[q][r] = nrq;
        }
    }

    private static double[] sortedDiagonal(double[][] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i][i];
        }
        Arrays.sort(d);
        return d;
    }
}
