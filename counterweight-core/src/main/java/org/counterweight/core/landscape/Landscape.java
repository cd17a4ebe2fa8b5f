package org.counterweight.core.landscape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The inputs of a landscape: n actors with sizes s_i &gt; 0 and symmetric pairwise propensities
 * p_ij (positive: affinity, negative: antagonism), and the quantities defined on a configuration.
 *
 * <p>Reference: Robert Axelrod and D. Scott Bennett, "A Landscape Theory of Aggregation", British
 * Journal of Political Science 23(2): 211-233, 1993, doi:10.1017/S000712340000965X.
 *
 * <p><b>Configurations.</b> A configuration assigns every actor to bloc 0 or bloc 1 and is
 * represented as a {@code long} bitmask: bit i set means actor i is in bloc 1. Hence at most
 * {@value #MAX_ACTORS} actors. A configuration and its complement are the same partition and have
 * the same energy; the <em>canonical</em> form puts actor 0 in bloc 0 (bit 0 clear).
 *
 * <p><b>Definitions</b> (as in the paper): d_ij(X) = 1 if i and j are in different blocs, else 0.
 * Frustration F_i(X) = Σ_{j≠i} s_j p_ij d_ij(X). Energy E(X) = Σ_{i≠j} s_i s_j p_ij d_ij(X), a sum
 * over <em>ordered</em> pairs, so every cross-bloc pair counts twice and E = Σ_i s_i F_i. The
 * move gain Δ_i(X) is the change of E when actor i alone switches bloc:
 * Δ_i = 2 s_i (T_i − 2 F_i) with T_i = Σ_{j≠i} s_j p_ij; it is twice s_i times the change of i's own
 * frustration, so an actor that lowers its frustration lowers E.
 *
 * <p><b>Tolerance.</b> Energies are doubles. {@link #tolerance()} = 1e-9 × Σ_{i≠j} |s_i s_j p_ij|
 * is the scale below which two energies are treated as equal and a move as not improving (exact
 * ties arise whenever the inputs are integers, as in the published cases).
 *
 * <p>The diagonal of the propensity matrix is ignored (it may hold anything, including NaN).
 * Symmetry is checked exactly (p_ij == p_ji). Immutable: arrays are copied in and out.
 */
public final class Landscape {
    /** Largest number of actors a {@code long} configuration can hold. */
    public static final int MAX_ACTORS = 63;
    /**
     * The largest Σ_{i≠j} |s_i s_j p_ij|: energies, move gains (4 w_ij) and the tolerance must stay
     * finite and distinct (a size of 1e308 made them infinite and the descent loop forever; 1e200
     * made the tolerance infinite and every minimum global).
     */
    public static final double MAX_SCALE = 1e300;

    private final List<String> actors;
    private final double[] sizes;
    private final double[][] propensities;
    /** w[i][j] = s_i s_j p_ij, zero on the diagonal. */
    private final double[][] weights;
    private final double tolerance;

    private Landscape(List<String> actors, double[] sizes, double[][] propensities) {
        this.actors = actors;
        this.sizes = sizes;
        this.propensities = propensities;
        int n = sizes.length;
        weights = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    weights[i][j] = sizes[i] * sizes[j] * propensities[i][j];
                    scale += Math.abs(weights[i][j]);
                }
            }
        }
        if (!(scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the sizes and propensities are too large to compute with: the sum of"
                    + " s_i s_j |p_ij| is " + scale + ", above " + MAX_SCALE + "; rescale the sizes");
        }
        tolerance = 1e-9 * scale;
    }

    /**
     * Validates and copies the inputs.
     *
     * @param actors       distinct, non-blank names, 1 to {@value #MAX_ACTORS} of them
     * @param sizes        one finite size &gt; 0 per actor
     * @param propensities n × n, finite and symmetric off the diagonal; the diagonal is ignored
     * @throws IllegalArgumentException naming the offending actor, pair or dimension, or when the
     *                                  weights s_i s_j p_ij sum beyond {@link #MAX_SCALE}
     */
    public static Landscape of(List<String> actors, double[] sizes, double[][] propensities) {
        List<String> names = List.copyOf(actors);
        int n = names.size();
        if (n < 1 || n > MAX_ACTORS) {
            throw new IllegalArgumentException("number of actors must be 1.." + MAX_ACTORS + ", was " + n);
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("actor names must not be blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate actor name: " + name);
            }
        }
        if (sizes.length != n) {
            throw new IllegalArgumentException("sizes has " + sizes.length + " entries for " + n + " actors");
        }
        double[] s = sizes.clone();
        for (int i = 0; i < n; i++) {
            if (!(s[i] > 0) || !Double.isFinite(s[i])) {
                throw new IllegalArgumentException("size of " + names.get(i) + " must be finite and > 0, was " + s[i]);
            }
        }
        if (propensities.length != n) {
            throw new IllegalArgumentException("propensities has " + propensities.length + " rows for " + n + " actors");
        }
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            if (propensities[i].length != n) {
                throw new IllegalArgumentException("propensity row of " + names.get(i) + " has "
                        + propensities[i].length + " entries for " + n + " actors");
            }
            p[i] = propensities[i].clone();
            p[i][i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (!Double.isFinite(p[i][j])) {
                    throw new IllegalArgumentException("propensity of (" + names.get(i) + ", " + names.get(j)
                            + ") must be finite, was " + p[i][j]);
                }
                if (i < j && p[i][j] != p[j][i]) {
                    throw new IllegalArgumentException("propensities are not symmetric: (" + names.get(i) + ", "
                            + names.get(j) + ") = " + p[i][j] + " but (" + names.get(j) + ", " + names.get(i)
                            + ") = " + p[j][i]);
                }
            }
        }
        return new Landscape(names, s, p);
    }

    /** Number of actors n. */
    public int actorCount() {
        return sizes.length;
    }

    /** Actor names in input order. */
    public List<String> actors() {
        return actors;
    }

    /** Size s_i of actor i. */
    public double size(int i) {
        return sizes[i];
    }

    /** A copy of the sizes. */
    public double[] sizes() {
        return sizes.clone();
    }

    /** Propensity p_ij (0 on the diagonal). */
    public double propensity(int i, int j) {
        return propensities[i][j];
    }

    /** s_i s_j p_ij (0 on the diagonal). */
    double weight(int i, int j) {
        return weights[i][j];
    }

    /** Energy-scale tolerance, see the class comment. */
    public double tolerance() {
        return tolerance;
    }

    /** Bitmask with one bit per actor. */
    public long fullMask() {
        return (1L << sizes.length) - 1;
    }

    /** The canonical form of a configuration: complemented if needed so that actor 0 is in bloc 0. */
    public long canonical(long configuration) {
        checkConfiguration(configuration);
        return (configuration & 1L) == 0 ? configuration : configuration ^ fullMask();
    }

    /** Bloc (0 or 1) of actor i in a configuration. */
    public static int bloc(long configuration, int i) {
        return (int) ((configuration >>> i) & 1L);
    }

    /** Energy E(X) = Σ_{i≠j} s_i s_j p_ij d_ij(X), computed directly in O(n²). */
    public double energy(long configuration) {
        checkConfiguration(configuration);
        int n = sizes.length;
        double e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (((configuration >>> i ^ configuration >>> j) & 1L) != 0) {
                    e += weights[i][j];
                }
            }
        }
        return e;
    }

    /** Frustration F_i(X) = Σ_{j≠i} s_j p_ij d_ij(X) of actor i, computed directly in O(n). */
    public double frustration(long configuration, int i) {
        checkConfiguration(configuration);
        double f = 0;
        for (int j = 0; j < sizes.length; j++) {
            if (j != i && ((configuration >>> i ^ configuration >>> j) & 1L) != 0) {
                f += sizes[j] * propensities[i][j];
            }
        }
        return f;
    }

    /** Every actor's frustration in a configuration. */
    public double[] frustrations(long configuration) {
        double[] f = new double[sizes.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = frustration(configuration, i);
        }
        return f;
    }

    /** Move gain Δ_i(X) = E(X with i switched) − E(X), in O(n). Negative: the move lowers E. */
    public double moveGain(long configuration, int i) {
        double total = 0;
        for (int j = 0; j < sizes.length; j++) {
            if (j != i) {
                total += sizes[j] * propensities[i][j];
            }
        }
        return 2 * sizes[i] * (total - 2 * frustration(configuration, i));
    }

    /**
     * Whether no single actor's move lowers E by more than {@link #tolerance()} (a non-strict local
     * minimum: moves to configurations of equal energy are allowed, so plateaus consist of minima).
     */
    public boolean isLocalMinimum(long configuration) {
        for (int i = 0; i < sizes.length; i++) {
            if (moveGain(configuration, i) < -tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lowest energy that any configuration can have if every antagonistic pair (p_ij &lt; 0) were
     * split and every friendly pair together: Σ_{i≠j, p_ij&lt;0} s_i s_j p_ij. Valid because d_ij ∈
     * {0, 1}.
     */
    public double splitAllEnemiesBound() {
        double b = 0;
        for (double[] row : weights) {
            for (double w : row) {
                b += Math.min(w, 0);
            }
        }
        return b;
    }

    /** Copy of the weight matrix w_ij = s_i s_j p_ij. */
    double[][] weightMatrix() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = weights[i].clone();
        }
        return copy;
    }

    /** Actor rows of a configuration, for results. */
    List<ActorAlignment> alignment(long configuration) {
        List<ActorAlignment> rows = new ArrayList<>(sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            rows.add(new ActorAlignment(actors.get(i), sizes[i], bloc(configuration, i),
                    frustration(configuration, i)));
        }
        return rows;
    }

    private void checkConfiguration(long configuration) {
        if ((configuration & ~fullMask()) != 0) {
            throw new IllegalArgumentException("configuration " + Long.toBinaryString(configuration)
                    + " has bits beyond the " + sizes.length + " actors");
        }
    }

    @Override
    public String toString() {
        return "Landscape" + actors;
    }
}
