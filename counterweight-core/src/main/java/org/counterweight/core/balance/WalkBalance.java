package org.counterweight.core.balance;

/**
 * The walk-based balance of a signed network: Estrada &amp; Benzi (2014), "Walk-based measure of
 * balance in signed networks: Detecting lack of balance in social networks", Physical Review E
 * 90(4):042802, doi:10.1103/PhysRevE.90.042802.
 *
 * <p>K = tr exp(A) / tr exp(|A|) = sum_i exp(lambda_i(A)) / sum_i exp(lambda_i(|A|)), where A is the
 * symmetric signed adjacency matrix and |A| its entrywise absolute value. Closed walks weighted by
 * 1/k! contribute positively to the numerator when they are balanced (even number of negative edges)
 * and negatively otherwise, so K = 1 exactly when the network is balanced and K &lt; 1 otherwise.
 *
 * <p>Variant: with {@code useWeights} the entries are sign * weight (a weighted generalisation, not
 * in the paper); otherwise sign only (+1/-1), as in the paper. Isolated nodes contribute exp(0) = 1 to
 * both traces. The ratio is computed from log-sum-exps, each shifted by its own largest eigenvalue,
 * so it does not overflow for large graphs: K = exp(LSE(lambda(A)) - LSE(lambda(|A|))).
 *
 * <p>Complexity: two dense symmetric eigenproblems, O(n^3) (Jacobi sweeps); intended for n up to a
 * few hundred.
 *
 * @param ratio            K in (0, 1]
 * @param logTraceSigned   log tr exp(A)
 * @param logTraceAbsolute log tr exp(|A|)
 * @param weighted         whether weights entered the matrices
 */
public record WalkBalance(double ratio, double logTraceSigned, double logTraceAbsolute, boolean weighted) {

    /** K with signs only (unit weights), as in Estrada &amp; Benzi. */
    public static WalkBalance of(SignedNetwork network) {
        return of(network, false);
    }

    /** K with entries sign * weight when {@code useWeights}, else sign. */
    public static WalkBalance of(SignedNetwork network, boolean useWeights) {
        int n = network.nodeCount();
        if (n == 0) {
            throw new IllegalArgumentException("walk balance needs at least one node");
        }
        double[][] signed = new double[n][n];
        double[][] absolute = new double[n][n];
        for (SignedNetwork.Edge e : network.edges()) {
            double w = useWeights ? e.weight() : 1.0;
            signed[e.u()][e.v()] = signed[e.v()][e.u()] = e.sign() * w;
            absolute[e.u()][e.v()] = absolute[e.v()][e.u()] = w;
        }
        double logSigned = logSumExp(SymmetricEigenvalues.of(signed));
        double logAbsolute = logSumExp(SymmetricEigenvalues.of(absolute));
        double ratio = Math.min(1.0, Math.exp(logSigned - logAbsolute));
        return new WalkBalance(ratio, logSigned, logAbsolute, useWeights);
    }

    static double logSumExp(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : values) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
