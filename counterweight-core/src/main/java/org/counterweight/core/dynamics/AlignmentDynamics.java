package org.counterweight.core.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Alignment-weighted threat among N states and the drift of their alignments toward structural
 * balance and toward balancing the main threat. The levels (military expenditure) are given: the
 * expenditure equations live in {@code core.expenditure} ({@code docs/models/specifications.md}) and
 * the yearly scenario system ({@code core.scenario.ScenarioSimulation}) sets them year by year; here
 * they are held constant over an integration (dx_i/dt = 0). The full statement, with units and what
 * the model does not claim, is {@code docs/models/security-dilemma.md}; in brief:
 *
 * <p><b>State</b> y = [x_1 .. x_n, w_12, w_13, .., w_1n, w_23, .., w_(n-1)n]: levels x_i (for example
 * military expenditure, constant US dollars) and the symmetric alignment w_ij = w_ji in [-1, 1]
 * (positive: partners, negative: hostile) for i &lt; j, row by row ({@link #tieIndex}).
 *
 * <p><b>Derived quantities</b> ({@link #effectiveCapability}, {@link #threat}, {@link #securityDeficit}):
 * <pre>
 *   E_i = x_i + sum_{j != i} max(w_ij, 0) x_j                    effective capability
 *   T_i = sum_{j != i} max(-w_ij, 0) E_j                        threat (hostile actors' effective capability)
 *   D_i = T_i / E_i                                             security deficit
 * </pre>
 * T_i is the rival term of Richardson's arms equations (Richardson 1960, Arms and Insecurity) with
 * the rival's partners counted, as the expenditure equations read it.
 *
 * <p><b>Alignment dynamics</b> for each pair i &lt; j not fixed:
 * <pre>
 *   dw_ij/dt = sigma (1 - w_ij^2) S_ij + beta (1 - w_ij) B_ij
 *   S_ij = (1 / (n - 2)) sum_{k != i, j} w_ik w_kj              structural balance (0 when n = 2)
 *   B_ij = (b_i(j) + b_j(i)) / 2,
 *   b_i(j) = sum_{m != i, j, w_im &lt; 0} [ -w_im E_m / (E_i + T_i) ] max(-w_mj, 0)   threat balancing
 * </pre>
 * S_ij is the bounded, triad-averaged form of the continuous-time structural-balance model
 * dX/dt = X^2 of Marvel, Kleinberg, Kleinberg &amp; Strogatz (2011) (an enemy's partner becomes less
 * friendly; an enemy's enemy friendlier; Antal, Krapivsky &amp; Redner 2006 for the discrete
 * version); the factor (1 - w^2) keeps w in [-1, 1] where the original blows up in finite time.
 * b_i(j) warms i's tie to j in proportion to how hostile j is to the sources of i's threat, each
 * source weighted by its share of i's threat times the urgency T_i / (E_i + T_i) = D_i / (1 + D_i)
 * (balancing against threat, Walt 1987). Both terms vanish at w = 1 and S at w = -1, and B &gt;= 0, so
 * [-1, 1] is forward invariant. Set sigma = beta = 0 for fixed alignments, or fix single ties with
 * {@link Builder#fixTie}.
 *
 * <p>Immutable; thread-safe. Cost of one evaluation O(n^3) (the triad sums), trivial for a
 * regional case.
 */
public final class AlignmentDynamics implements OrdinaryDifferentialEquation {

    private final List<String> actors;
    private final Map<String, Integer> index;
    private final double structuralBalanceRate;
    private final double threatBalancingRate;
    private final boolean[] fixedTies;
    private final int n;

    private AlignmentDynamics(List<String> actors, double structuralBalanceRate, double threatBalancingRate,
            boolean[] fixedTies) {
        this.actors = List.copyOf(actors);
        this.n = actors.size();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = actors.get(i);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("actor id must not be blank");
            }
            if (idx.put(id, i) != null) {
                throw new IllegalArgumentException("duplicate actor id " + id);
            }
        }
        this.index = Map.copyOf(idx);
        this.structuralBalanceRate = Checks.nonNegative("structuralBalanceRate", structuralBalanceRate);
        this.threatBalancingRate = Checks.nonNegative("threatBalancingRate", threatBalancingRate);
        this.fixedTies = fixedTies.clone();
    }

    /** Fixed alignments among these actors, in this order (the state's). */
    public static AlignmentDynamics of(List<String> actors) {
        return builder(actors).build();
    }

    /** A builder for these actors, in this order (the state's). */
    public static Builder builder(List<String> actors) {
        return new Builder(actors);
    }

    /** Builds a model: rates 0 (fixed alignments) unless set. */
    public static final class Builder {
        private final List<String> actors;
        private final List<String[]> fixed = new ArrayList<>();
        private double structuralBalanceRate;
        private double threatBalancingRate;

        private Builder(List<String> actors) {
            this.actors = List.copyOf(Objects.requireNonNull(actors, "actors"));
        }

        /** sigma &gt;= 0 per year; 0 (the default) switches structural balance off. */
        public Builder structuralBalanceRate(double rate) {
            this.structuralBalanceRate = rate;
            return this;
        }

        /** beta &gt;= 0 per year; 0 (the default) switches threat balancing off. */
        public Builder threatBalancingRate(double rate) {
            this.threatBalancingRate = rate;
            return this;
        }

        /** Keeps the tie between two actors constant (exogenous: changed only by interventions). */
        public Builder fixTie(String a, String b) {
            fixed.add(new String[] {a, b});
            return this;
        }

        /** @throws IllegalArgumentException for fewer than 2 actors, duplicate ids or unknown tie ends */
        public AlignmentDynamics build() {
            if (actors.size() < 2) {
                throw new IllegalArgumentException("an alignment system needs at least 2 actors, got " + actors.size());
            }
            int n = actors.size();
            boolean[] fixedTies = new boolean[n * (n - 1) / 2];
            AlignmentDynamics probe = new AlignmentDynamics(actors, structuralBalanceRate, threatBalancingRate,
                    fixedTies);
            for (String[] pair : fixed) {
                fixedTies[probe.tieIndex(probe.indexOf(pair[0]), probe.indexOf(pair[1])) - n] = true;
            }
            return new AlignmentDynamics(actors, structuralBalanceRate, threatBalancingRate, fixedTies);
        }
    }

    // ---- structure -------------------------------------------------------------------------

    /** The actors' ids, in the state's order. */
    public List<String> actors() {
        return actors;
    }

    public int actorCount() {
        return n;
    }

    /** @throws IllegalArgumentException for an unknown id */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown actor " + id + "; actors are " + actors);
        }
        return i;
    }

    public double structuralBalanceRate() {
        return structuralBalanceRate;
    }

    public double threatBalancingRate() {
        return threatBalancingRate;
    }

    @Override
    public int dimension() {
        return n + n * (n - 1) / 2;
    }

    /** The position of w_ij (= w_ji) in the state vector; i != j, in any order. */
    public int tieIndex(int i, int j) {
        if (i == j || i < 0 || j < 0 || i >= n || j >= n) {
            throw new IllegalArgumentException("a tie needs two distinct actors in [0, " + n + "), got " + i + ", " + j);
        }
        int p = Math.min(i, j), q = Math.max(i, j);
        return n + p * (2 * n - p - 1) / 2 + (q - p - 1);
    }

    // ---- states ----------------------------------------------------------------------------

    /**
     * A state vector from levels and an alignment matrix.
     *
     * @param levels    x_i in the actors' order, finite
     * @param alignment n x n, symmetric, entries in [-1, 1]; the diagonal is ignored
     */
    public double[] state(double[] levels, double[][] alignment) {
        if (levels == null || levels.length != n) {
            throw new IllegalArgumentException("levels must have length " + n + ", got "
                    + (levels == null ? "null" : levels.length));
        }
        if (alignment == null || alignment.length != n) {
            throw new IllegalArgumentException("alignment must be " + n + " x " + n);
        }
        double[] y = new double[dimension()];
        for (int i = 0; i < n; i++) {
            y[i] = Checks.finite("level of " + actors.get(i), levels[i]);
            if (alignment[i] == null || alignment[i].length != n) {
                throw new IllegalArgumentException("alignment row " + i + " must have length " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = alignment[i][j];
                if (w != alignment[j][i]) {
                    throw new IllegalArgumentException("alignment must be symmetric: w[" + actors.get(i) + "]["
                            + actors.get(j) + "] = " + w + " but w[" + actors.get(j) + "]["
                            + actors.get(i) + "] = " + alignment[j][i]);
                }
                y[tieIndex(i, j)] = checkTie(i, j, w);
            }
        }
        return y;
    }

    /** The same model with other alignment rates. */
    public AlignmentDynamics withAlignmentRates(double structuralBalance, double threatBalancing) {
        return new AlignmentDynamics(actors, structuralBalance, threatBalancing, fixedTies);
    }

    private double checkTie(int i, int j, double w) {
        if (!(w >= -1 && w <= 1)) {
            throw new IllegalArgumentException("alignment between " + actors.get(i) + " and " + actors.get(j)
                    + " must be in [-1, 1], got " + w);
        }
        return w;
    }

    // ---- derived quantities ----------------------------------------------------------------

    /** E_i = x_i + sum_j max(w_ij, 0) x_j, in the levels' unit, in the actors' order. */
    public double[] effectiveCapability(double[] y) {
        Checks.state(this, y);
        return effective(y);
    }

    /** T_i = sum_j max(-w_ij, 0) E_j, in the levels' unit, in the actors' order. */
    public double[] threat(double[] y) {
        Checks.state(this, y);
        return threat(y, effective(y));
    }

    /**
     * D_i = T_i / E_i (dimensionless): 0 when T_i = 0, +infinity when T_i &gt; 0 and E_i &lt;= 0.
     */
    public double[] securityDeficit(double[] y) {
        Checks.state(this, y);
        double[] e = effective(y);
        double[] th = threat(y, e);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = th[i] == 0 ? 0 : e[i] <= 0 ? Double.POSITIVE_INFINITY : th[i] / e[i];
        }
        return d;
    }

    private double[] effective(double[] y) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double s = y[i];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double w = y[tieIndex(i, j)];
                    if (w > 0) {
                        s += w * y[j];
                    }
                }
            }
            e[i] = s;
        }
        return e;
    }

    private double[] threat(double[] y, double[] e) {
        double[] th = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double w = y[tieIndex(i, j)];
                    if (w < 0) {
                        s += -w * e[j];
                    }
                }
            }
            th[i] = s;
        }
        return th;
    }

    // ---- the equations ---------------------------------------------------------------------

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        if (y.length != dimension()) {
            throw new IllegalArgumentException("state must have length " + dimension() + ", got " + y.length);
        }
        double[] dy = new double[y.length]; // dx_i/dt = 0: the levels are given
        if (structuralBalanceRate == 0 && threatBalancingRate == 0) {
            return dy;
        }
        double[] e = effective(y);
        double[] th = threat(y, e);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ij = tieIndex(i, j);
                if (fixedTies[ij - n]) {
                    continue;
                }
                double w = y[ij];
                double rate = 0;
                if (structuralBalanceRate > 0 && n > 2) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        if (k != i && k != j) {
                            s += y[tieIndex(i, k)] * y[tieIndex(k, j)];
                        }
                    }
                    rate += structuralBalanceRate * (1 - w * w) * s / (n - 2);
                }
                if (threatBalancingRate > 0) {
                    double bij = (balancing(y, e, th, i, j) + balancing(y, e, th, j, i)) / 2;
                    rate += threatBalancingRate * (1 - w) * bij;
                }
                dy[ij] = rate;
            }
        }
        return dy;
    }

    /** b_i(j): how hostile j is to the sources of i's threat, weighted by their share and i's urgency. */
    private double balancing(double[] y, double[] e, double[] th, int i, int j) {
        double denominator = e[i] + th[i];
        if (!(denominator > 0)) {
            return 0;
        }
        double s = 0;
        for (int m = 0; m < n; m++) {
            if (m != i && m != j) {
                double wim = y[tieIndex(i, m)];
                double wmj = y[tieIndex(m, j)];
                if (wim < 0 && wmj < 0) {
                    s += -wim * Math.max(e[m], 0) * -wmj;
                }
            }
        }
        return s / denominator;
    }

    // ---- value semantics -------------------------------------------------------------------

    @Override
    public boolean equals(Object o) {
        return o instanceof AlignmentDynamics other && actors.equals(other.actors)
                && Double.compare(structuralBalanceRate, other.structuralBalanceRate) == 0
                && Double.compare(threatBalancingRate, other.threatBalancingRate) == 0
                && Arrays.equals(fixedTies, other.fixedTies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actors, structuralBalanceRate, threatBalancingRate, Arrays.hashCode(fixedTies));
    }

    @Override
    public String toString() {
        return "AlignmentDynamics[actors=" + actors + ", structuralBalanceRate=" + structuralBalanceRate
                + ", threatBalancingRate=" + threatBalancingRate + "]";
    }
}
