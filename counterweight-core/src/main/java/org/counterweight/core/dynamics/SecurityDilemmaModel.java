package org.counterweight.core.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * N-actor security-dilemma dynamics: Richardson's reaction-fatigue-grievance arms race generalised to
 * alignment-weighted threats, bounded by economic capacity, with alignments that may drift toward
 * structural balance and toward balancing the main threat. The full statement, with units,
 * assumptions, the special case and what the model does not claim, is
 * {@code docs/models/security-dilemma.md}; in brief:
 *
 * <p><b>State</b> y = [x_1 .. x_n, w_12, w_13, .., w_1n, w_23, .., w_(n-1)n]: arms levels x_i (for
 * example military expenditure, constant US dollars) and the symmetric alignment w_ij = w_ji in
 * [-1, 1] (positive: partners, negative: hostile) for i &lt; j, row by row ({@link #tieIndex}).
 *
 * <p><b>Derived quantities</b> (computed from a state by {@link #effectiveCapability},
 * {@link #threat}, {@link #securityDeficit}):
 * <pre>
 *   E_i = x_i + sum_{j != i} max(w_ij, 0) x_j                    effective capability
 *   T_i = sum_{j != i} max(-w_ij, 0) E_j                        threat (hostile actors' effective capability)
 *   D_i = T_i / E_i                                             security deficit
 * </pre>
 *
 * <p><b>Arms dynamics</b>, with the fiscal room R_i = max(0, 1 - x_i / cap_i) (R_i = 1 when cap_i is
 * infinite):
 * <pre>
 *   dx_i/dt = (k_i T_i + max(g_i, 0)) R_i + min(g_i, 0) - a_i x_i
 * </pre>
 * The whole upward drive (threat reaction and positive grievance) is damped by the remaining fiscal
 * room R_i, so x_i &lt;= cap_i is forward invariant (at x_i = cap_i, dx_i/dt = min(g_i, 0) - a_i cap_i
 * &lt;= 0); damping only k_i T_i would let a grievance g_i &gt; a_i cap_i push through the ceiling.
 * Splitting g_i by sign involves a parameter, not the state, so the field stays smooth in x below the
 * ceiling. The clamp at 0 changes nothing for the exact flow started at or below the ceiling; it
 * matters above it (an intervention cutting cap_i below the current level, or an explicit step
 * overshooting), where the level then decays at the fatigue rate instead of being driven down in
 * proportion to the threat. The floor at x_i = 0 (no fall below zero expenditure) is the same kind of
 * stated constraint, not a value made up for missing data.
 *
 * <p><b>Who uses the arms dynamics.</b> Since issue 11 no production caller does: the scenarios
 * ({@code core.scenario.ScenarioSimulation}) and the calibration's threat series build this model with
 * k = a = g = 0 and no ceiling, so dx_i/dt = 0 here and expenditure follows each state's selected
 * specification in logs ({@code core.expenditure}); the model contributes the derived quantities and
 * the alignment drift. Only this model's own tests exercise the arms equations now: removing them
 * (levels as given inputs) is an open item of issue 11.
 *
 * <p><b>Stiffness.</b> Near a ceiling the level relaxes at rate about k_i T_i / cap_i + a_i per year;
 * a runaway race (uncapped actors growing) makes that rate grow without bound for the capped ones.
 * Fixed-step integrators need h times that rate well below 1; {@link DormandPrince54Integrator}
 * adapts the step and reports {@link Integration.Status#STEP_SIZE_UNDERFLOW} instead of overshooting.
 *
 * <p><b>Floor.</b> Expenditure cannot be negative: where x_i &lt;= 0 a negative dx_i/dt is set to 0
 * (the projection of the flow onto x_i &gt;= 0). A negative grievance (an autonomous cut) and
 * fatigue would otherwise drive levels below zero; calibrated draws with negative c can do so.
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
 * (balancing against threat, Walt 1987); the largest weight is the main threat
 * ({@link #mainThreat}). Both terms vanish at w = 1 and S at w = -1, and B &gt;= 0, so [-1, 1] is
 * forward invariant. Set sigma = beta = 0 for fixed alignments (changed only by interventions), or
 * fix single ties with {@link Builder#fixTie}.
 *
 * <p><b>Special case.</b> With n = 2, w_12 = -1, sigma = beta = 0 and infinite capacities,
 * T_1 = x_2 and T_2 = x_1, and the equations are exactly {@link RichardsonModel}'s
 * (k = k_1, l = k_2, a = a_1, b = a_2, g = g_1, h = g_2).
 *
 * <p>Immutable; thread-safe. Cost of one evaluation O(n^3) (the triad sums), trivial for a
 * regional case.
 */
public final class SecurityDilemmaModel implements OrdinaryDifferentialEquation {

    /**
     * One actor's parameters.
     *
     * @param id        a label (e.g. an ISO code), unique within the model
     * @param reaction  k_i &gt;= 0: arms units added per year per arms unit of threat
     * @param fatigue   a_i &gt;= 0 per year: the drag of the existing level (costs, bureaucratic
     *                  inertia, depreciation)
     * @param grievance g_i, arms units per year, any sign: the drive independent of threat
     * @param capacity  cap_i &gt; 0 in arms units, the economic ceiling (e.g. GDP times the largest
     *                  sustainable military share); {@code Double.POSITIVE_INFINITY} for none
     */
    public record Actor(String id, double reaction, double fatigue, double grievance, double capacity) {
        public Actor {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("actor id must not be blank");
            }
            Checks.nonNegative("reaction of " + id, reaction);
            Checks.nonNegative("fatigue of " + id, fatigue);
            Checks.finite("grievance of " + id, grievance);
            if (!(capacity > 0)) {
                throw new IllegalArgumentException("capacity of " + id + " must be > 0 (or +infinity), got " + capacity);
            }
        }

        /** The same actor with another capacity (e.g. a budget or sanctions shock). */
        public Actor withCapacity(double newCapacity) {
            return new Actor(id, reaction, fatigue, grievance, newCapacity);
        }

        /** The same actor with another grievance (e.g. a change of government or doctrine). */
        public Actor withGrievance(double newGrievance) {
            return new Actor(id, reaction, fatigue, newGrievance, capacity);
        }
    }

    private final List<Actor> actors;
    private final Map<String, Integer> index;
    private final double structuralBalanceRate;
    private final double threatBalancingRate;
    private final boolean[] fixedTies;
    private final int n;

    private SecurityDilemmaModel(List<Actor> actors, double structuralBalanceRate, double threatBalancingRate,
            boolean[] fixedTies) {
        this.actors = List.copyOf(actors);
        this.n = actors.size();
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (idx.put(actors.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate actor id " + actors.get(i).id());
            }
        }
        this.index = Map.copyOf(idx);
        this.structuralBalanceRate = Checks.nonNegative("structuralBalanceRate", structuralBalanceRate);
        this.threatBalancingRate = Checks.nonNegative("threatBalancingRate", threatBalancingRate);
        this.fixedTies = fixedTies.clone();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a model; actors keep the order in which they are added (that order is the state's). */
    public static final class Builder {
        private final List<Actor> actors = new ArrayList<>();
        private final List<String[]> fixed = new ArrayList<>();
        private double structuralBalanceRate;
        private double threatBalancingRate;

        public Builder actor(Actor actor) {
            actors.add(Objects.requireNonNull(actor, "actor"));
            return this;
        }

        public Builder actor(String id, double reaction, double fatigue, double grievance, double capacity) {
            return actor(new Actor(id, reaction, fatigue, grievance, capacity));
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
        public SecurityDilemmaModel build() {
            if (actors.size() < 2) {
                throw new IllegalArgumentException("a security dilemma needs at least 2 actors, got " + actors.size());
            }
            int n = actors.size();
            boolean[] fixedTies = new boolean[n * (n - 1) / 2];
            SecurityDilemmaModel probe = new SecurityDilemmaModel(actors, structuralBalanceRate, threatBalancingRate,
                    fixedTies);
            for (String[] pair : fixed) {
                fixedTies[probe.tieIndex(probe.indexOf(pair[0]), probe.indexOf(pair[1])) - n] = true;
            }
            return new SecurityDilemmaModel(actors, structuralBalanceRate, threatBalancingRate, fixedTies);
        }
    }

    // ---- structure -------------------------------------------------------------------------

    public List<Actor> actors() {
        return actors;
    }

    public int actorCount() {
        return n;
    }

    public Actor actor(String id) {
        return actors.get(indexOf(id));
    }

    /** @throws IllegalArgumentException for an unknown id */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown actor " + id + "; actors are "
                    + actors.stream().map(Actor::id).toList());
        }
        return i;
    }

    public double structuralBalanceRate() {
        return structuralBalanceRate;
    }

    public double threatBalancingRate() {
        return threatBalancingRate;
    }

    public boolean isTieFixed(String a, String b) {
        return fixedTies[tieIndex(indexOf(a), indexOf(b)) - n];
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
     * A state vector from arms levels and an alignment matrix.
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
            y[i] = Checks.finite("level of " + actors.get(i).id(), levels[i]);
            if (alignment[i] == null || alignment[i].length != n) {
                throw new IllegalArgumentException("alignment row " + i + " must have length " + n);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = alignment[i][j];
                if (w != alignment[j][i]) {
                    throw new IllegalArgumentException("alignment must be symmetric: w[" + actors.get(i).id() + "]["
                            + actors.get(j).id() + "] = " + w + " but w[" + actors.get(j).id() + "]["
                            + actors.get(i).id() + "] = " + alignment[j][i]);
                }
                y[tieIndex(i, j)] = checkTie(i, j, w);
            }
        }
        return y;
    }

    /** A copy of the state with actor {@code id}'s level set. */
    public double[] withLevel(double[] y, String id, double level) {
        Checks.state(this, y);
        double[] copy = y.clone();
        copy[indexOf(id)] = Checks.finite("level of " + id, level);
        return copy;
    }

    /** A copy of the state with the tie between {@code a} and {@code b} set (an agreement signed or ended). */
    public double[] withTie(double[] y, String a, String b, double w) {
        Checks.state(this, y);
        int i = indexOf(a), j = indexOf(b);
        double[] copy = y.clone();
        copy[tieIndex(i, j)] = checkTie(i, j, w);
        return copy;
    }

    /** The same model with one actor's parameters replaced (matched by id). */
    public SecurityDilemmaModel withActor(Actor replacement) {
        List<Actor> copy = new ArrayList<>(actors);
        copy.set(indexOf(replacement.id()), replacement);
        return new SecurityDilemmaModel(copy, structuralBalanceRate, threatBalancingRate, fixedTies);
    }

    /** The same model with other alignment rates. */
    public SecurityDilemmaModel withAlignmentRates(double structuralBalance, double threatBalancing) {
        return new SecurityDilemmaModel(actors, structuralBalance, threatBalancing, fixedTies);
    }

    public double level(double[] y, String id) {
        return y[indexOf(id)];
    }

    public double alignment(double[] y, String a, String b) {
        return y[tieIndex(indexOf(a), indexOf(b))];
    }

    private double checkTie(int i, int j, double w) {
        if (!(w >= -1 && w <= 1)) {
            throw new IllegalArgumentException("alignment between " + actors.get(i).id() + " and " + actors.get(j).id()
                    + " must be in [-1, 1], got " + w);
        }
        return w;
    }

    // ---- derived quantities ----------------------------------------------------------------

    /** E_i = x_i + sum_j max(w_ij, 0) x_j, in arms units, in the actors' order. */
    public double[] effectiveCapability(double[] y) {
        Checks.state(this, y);
        return effective(y);
    }

    /** T_i = sum_j max(-w_ij, 0) E_j, in arms units, in the actors' order. */
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

    /**
     * Each actor's main threat: the hostile actor j with the largest contribution -w_ij E_j to T_i,
     * or -1 when it faces none (ties broken by the actors' order).
     */
    public int[] mainThreat(double[] y) {
        Checks.state(this, y);
        double[] e = effective(y);
        int[] main = new int[n];
        for (int i = 0; i < n; i++) {
            main[i] = -1;
            double best = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double c = Math.max(-y[tieIndex(i, j)], 0) * e[j];
                    if (c > best) {
                        best = c;
                        main[i] = j;
                    }
                }
            }
        }
        return main;
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
        double[] e = effective(y);
        double[] th = threat(y, e);
        double[] dy = new double[y.length];
        for (int i = 0; i < n; i++) {
            Actor p = actors.get(i);
            double room = p.capacity() == Double.POSITIVE_INFINITY ? 1 : Math.max(0, 1 - y[i] / p.capacity());
            dy[i] = (p.reaction() * th[i] + Math.max(p.grievance(), 0)) * room + Math.min(p.grievance(), 0)
                    - p.fatigue() * y[i];
            if (y[i] <= 0 && dy[i] < 0) {
                dy[i] = 0; // expenditure cannot fall below zero
            }
        }
        if (structuralBalanceRate == 0 && threatBalancingRate == 0) {
            return dy;
        }
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
        return o instanceof SecurityDilemmaModel other && actors.equals(other.actors)
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
        return "SecurityDilemmaModel[actors=" + actors + ", structuralBalanceRate=" + structuralBalanceRate
                + ", threatBalancingRate=" + threatBalancingRate + "]";
    }
}
