package org.counterweight.core.bargaining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bueno de Mesquita's expected-utility model of group decision over one issue, as reconstructed by
 * Scholz, Calbert &amp; Smith (2011). Each round, from the positions of the round before:
 * <ol>
 * <li>every actor's risk exponent r_i = (1 - R_i/3) / (1 + R_i/3), R_i its security level scaled to
 * [-1, 1], the security level being the sum of the others' expected utilities of challenging it,
 * computed with every r = 1;</li>
 * <li>with those exponents, every actor i weighs every other j (at another position): EU_ij, its
 * expected utility of challenging j, and EU_ji, j's of challenging i, both as i sees them (i's risk
 * exponent throughout); the pair is a confrontation, a compromise or a capitulation of i to j
 * ({@link OfferKind}), or no offer;</li>
 * <li>every actor accepts at most one offer (the reconstruction: the first kind present in the order
 * confrontation, compromise, capitulation, then the offer that moves it least) and all move at once;</li>
 * <li>the median-voter position and the capability-salience-weighted mean are recorded.</li>
 * </ol>
 * The expected utility of i challenging j, as observer o (risk exponent r = r_o) sees it, with d =
 * |x_i - x_j| / (x_max - x_min):
 * <pre>
 * EU = s_j (P_ij U_s + (1 - P_ij) U_f) + (1 - s_j) U_s - (Q U_sq + (1 - Q)(T U_b + (1 - T) U_w))
 * U_s = 2 - 4 (0.5 - 0.5 d)^r, U_f = 2 - 4 (0.5 + 0.5 d)^r, U_sq = 2 - 4 (0.5)^r,
 * U_b, U_w = 2 - 4 (0.5 -/+ 0.25 (|x_i - mu| + |x_i - x_j|) / (x_max - x_min))^r
 * </pre>
 * with mu the median voter position at the start of the round, Q the probability that j would stay put
 * unchallenged and T that it would then move toward i (Q = T = 1 in the reconstruction's example, where
 * U_b and U_w drop out). The probability that i beats j is P_ij = sum_k max(0, v_k(i, j)) / N with votes
 * v_k(i, j) = c_k s_k ((|x_k - x_j| / span)^r_k - (|x_k - x_i| / span)^r_k), N the absolute votes of every
 * voter on every ordered pair of the actors' positions (reconstruction) or on (i, j) only
 * ({@link Switch#PAIRWISE_PROBABILITY}); P_ij = 0 when N = 0 or x_i = x_j. Every equation with its source:
 * docs/models/bargaining.md.
 *
 * <p>References: Bueno de Mesquita, B. (1985), "The War Trap Revisited: A Revised Expected Utility Model",
 * American Political Science Review 79(1), 156-177. Bueno de Mesquita, B. (1994), "Political
 * Forecasting: An Expected Utility Method", in Bueno de Mesquita &amp; Stokman (eds), European Community
 * Decision Making, Yale University Press, ch. 4, 71-104. Bueno de Mesquita, B. (2002), Predicting
 * Politics, Ohio State University Press. Scholz, J. B., Calbert, G. J. &amp; Smith, G. A. (2011),
 * "Unravelling Bueno De Mesquita's group decision model", Journal of Theoretical Politics 23(4), 510ff.,
 * doi:10.1177/0951629811418142. Public replications read to check the rules, not copied: the Python
 * {@code jmckib/bdm-scholz-expected-utility-model} (reproduces round 1 of the reconstruction) and D.
 * Masad's {@code BDM_DecisionModel_Replication} and dissertation (2016, George Mason University).
 *
 * <p>Ties: among offers of the same kind and movement, the one whose proposer expects more (larger
 * EU_ji), then the proposer listed first. When every actor's security level is the same, R_i = 0 (r =
 * 1). Positions must lie on the scale. Immutable and thread-safe: every run allocates its own arrays.
 * Cost per round O(n^3) for n actors (the votes of n voters on n^2 contests); under
 * {@link Switch#RISK_FROM_OWN_POSITIONS} O(n^2 m + m^2 n) more for m distinct positions, O(n^3 m log n)
 * when combined with the reconstruction's all-pairs probability.
 */
public final class ExpectedUtilityModel {
    /** Q in the reconstruction's example. */
    public static final double DEFAULT_STATUS_QUO = 1.0;
    /** T in the reconstruction's example. */
    public static final double DEFAULT_TOWARD = 1.0;

    private final Variant variant;
    private final double statusQuo;
    private final double toward;

    /** The model with Q = T = 1. */
    public ExpectedUtilityModel(Variant variant) {
        this(variant, DEFAULT_STATUS_QUO, DEFAULT_TOWARD);
    }

    /**
     * @param variant   which rules
     * @param statusQuo Q, in [0, 1]: the probability, as a challenger sees it, that the target stays put
     *                  if not challenged
     * @param toward    T, in [0, 1]: the probability that a target that moves anyway moves toward the
     *                  challenger (its utility U_b) rather than away (U_w)
     */
    public ExpectedUtilityModel(Variant variant, double statusQuo, double toward) {
        if (variant == null) {
            throw new IllegalArgumentException("a variant is required");
        }
        if (!(statusQuo >= 0 && statusQuo <= 1) || !(toward >= 0 && toward <= 1)) {
            throw new IllegalArgumentException("Q and T are probabilities in [0, 1], got Q = " + statusQuo + ", T = "
                    + toward);
        }
        this.variant = variant;
        this.statusQuo = statusQuo;
        this.toward = toward;
    }

    public Variant variant() {
        return variant;
    }

    /** Q. */
    public double statusQuo() {
        return statusQuo;
    }

    /** T. */
    public double toward() {
        return toward;
    }

    /**
     * Bargains for {@code rounds} rounds.
     *
     * @param actors at least two, positions on the scale, some with capability and salience above 0
     * @param scale  the issue's scale
     * @param rounds 0 or more
     * @return round 0 (the inputs) and each round after it
     */
    public List<Round> run(List<BargainingActor> actors, IssueScale scale, int rounds) {
        if (actors.size() < 2) {
            throw new IllegalArgumentException("bargaining needs at least two actors, got " + actors.size());
        }
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
        }
        double weight = 0;
        for (BargainingActor actor : actors) {
            if (!scale.contains(actor.position())) {
                throw new IllegalArgumentException(actor.name() + ": position " + actor.position()
                        + " is off the issue's scale [" + scale.min() + ", " + scale.max() + "]");
            }
            weight += actor.capability() * actor.salience();
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("no actor has both capability and salience above 0: nobody votes");
        }
        State state = new State(actors, scale.span());
        List<Round> result = new ArrayList<>(rounds + 1);
        double[] none = new double[actors.size()];
        Arrays.fill(none, Double.NaN);
        result.add(new Round(0, state.x, none, state.median(), state.mean(), List.of()));
        for (int round = 1; round <= rounds; round++) {
            result.add(state.step(round));
        }
        return result;
    }

    /** The positions, weights and scratch arrays of one run. */
    private final class State {
        private final int n;
        private final double[] salience;
        private final double[] weight;
        private final double span;
        private final double[] x;
        /** delta[a * n + k] = (|x_k - x_a| / span)^r_k: voter k's risk-adjusted distance to actor a. */
        private final double[] delta;
        private final double[] ones;

        State(List<BargainingActor> actors, double span) {
            n = actors.size();
            this.span = span;
            salience = new double[n];
            weight = new double[n];
            x = new double[n];
            for (int i = 0; i < n; i++) {
                BargainingActor a = actors.get(i);
                salience[i] = a.salience();
                weight[i] = a.capability() * a.salience();
                x[i] = a.position();
            }
            delta = new double[n * n];
            ones = new double[n];
            Arrays.fill(ones, 1.0);
        }

        double median() {
            return medianVoter(x, weight);
        }

        double mean() {
            return weightedMean(x, weight);
        }

        Round step(int number) {
            double mu = median();
            double[] r = riskExponents(mu);
            double[][] p = probabilities(x, r);
            double[] next = x.clone();
            List<Offer> accepted = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Offer best = null;
                double statusQuoUtility = statusQuoUtility(r[i]);
                for (int j = 0; j < n; j++) {
                    if (x[j] == x[i]) {
                        continue;
                    }
                    // i weighs both challenges with its own exponent: they share the distance, so U_s and U_f
                    double d = Math.abs(x[i] - x[j]) / span;
                    double success = success(d, r[i]);
                    double failure = failure(d, r[i]);
                    double eij = expectedUtility(success, failure, salience[j], p[i][j],
                            noChallenge(x[i], x[j], r[i], statusQuoUtility, mu));
                    double eji = expectedUtility(success, failure, salience[i], p[j][i],
                            noChallenge(x[j], x[i], r[i], statusQuoUtility, mu));
                    Offer offer = classify(i, j, eij, eji);
                    if (offer != null && (best == null || better(offer, best))) {
                        best = offer;
                    }
                }
                if (best != null) {
                    accepted.add(best);
                    next[i] = best.to();
                }
            }
            System.arraycopy(next, 0, x, 0, n);
            return new Round(number, x, r, median(), mean(), accepted);
        }

        /** Receiver i's reading of proposer j's challenge, or null when there is none. */
        private Offer classify(int i, int j, double eij, double eji) {
            if (eji > eij && eij > 0) {
                return new Offer(i, j, OfferKind.CONFRONTATION, x[i], x[j], eij, eji);
            }
            if (eji > 0 && eij < 0 && eji > -eij) {
                return new Offer(i, j, OfferKind.COMPROMISE, x[i], x[i] + (x[j] - x[i]) * Math.abs(eij / eji), eij,
                        eji);
            }
            if (eji > 0 && eij < 0 && eji < -eij) {
                return new Offer(i, j, OfferKind.CAPITULATION, x[i], x[j], eij, eji);
            }
            return null;
        }

        /** Whether {@code a} is preferred to {@code b} (b came from a proposer listed earlier). */
        private boolean better(Offer a, Offer b) {
            if (!variant.has(Switch.LEAST_MOVEMENT) && a.kind() != b.kind()) {
                return a.kind().ordinal() < b.kind().ordinal();
            }
            if (a.movement() != b.movement()) {
                return a.movement() < b.movement();
            }
            if (a.proposerUtility() != b.proposerUtility()) {
                return a.proposerUtility() > b.proposerUtility();
            }
            return a.kind().ordinal() < b.kind().ordinal();
        }

        /**
         * EU of {@code challenger} challenging {@code target} with probability of success {@code p}, as an
         * observer with risk exponent {@code r} sees it; the challenger at {@code from}, the target at {@code to}.
         */
        private double expectedUtility(double from, double to, double targetSalience, double p, double r, double mu) {
            double d = Math.abs(from - to) / span;
            return expectedUtility(success(d, r), failure(d, r), targetSalience, p,
                    noChallenge(from, to, r, statusQuoUtility(r), mu));
        }

        /** s_j (P U_s + (1 - P) U_f) + (1 - s_j) U_s minus the utility of not challenging. */
        private static double expectedUtility(double success, double failure, double targetSalience, double p,
                double noChallenge) {
            return targetSalience * (p * success + (1 - p) * failure) + (1 - targetSalience) * success - noChallenge;
        }

        /** U_s at normalised distance d. */
        private static double success(double d, double r) {
            return 2 - 4 * power(0.5 - 0.5 * d, r);
        }

        /** U_f at normalised distance d. */
        private static double failure(double d, double r) {
            return 2 - 4 * power(0.5 + 0.5 * d, r);
        }

        /** U_sq. */
        private static double statusQuoUtility(double r) {
            return 2 - 4 * power(0.5, r);
        }

        /** Q U_sq + (1 - Q)(T U_b + (1 - T) U_w): the challenger at {@code from} leaves the target at {@code to}. */
        private double noChallenge(double from, double to, double r, double statusQuoUtility, double mu) {
            double noChallenge = statusQuo * statusQuoUtility;
            if (statusQuo < 1) {
                double e = (Math.abs(from - mu) + Math.abs(from - to)) / span;
                double betterOff = 2 - 4 * power(0.5 - 0.25 * e, r);
                double worseOff = 2 - 4 * power(0.5 + 0.25 * e, r);
                noChallenge += (1 - statusQuo) * (toward * betterOff + (1 - toward) * worseOff);
            }
            return noChallenge;
        }

        /** base^r, without the cost of pow where r = 1 (every expected utility of the risk step). */
        private static double power(double base, double r) {
            return r == 1.0 ? base : Math.pow(base, r);
        }

        private double expectedUtility(int challenger, int target, double p, double r, double mu) {
            return expectedUtility(x[challenger], x[target], salience[target], p, r, mu);
        }

        /** r_i from the security levels, every EU computed with r = 1. */
        private double[] riskExponents(double mu) {
            double[] security = new double[n];
            if (variant.has(Switch.RISK_FROM_OWN_POSITIONS)) {
                double[] positions = Arrays.stream(x).distinct().sorted().toArray();
                double[][] favour = new double[positions.length][positions.length];
                double[][] all = new double[positions.length][positions.length];
                for (int a = 0; a < positions.length; a++) {
                    for (int b = 0; b < positions.length; b++) {
                        double net = 0;
                        double absolute = 0;
                        for (int k = 0; k < n; k++) {
                            double v = vote(k, x[k], positions[a], positions[b]);
                            net += v;
                            absolute += Math.abs(v);
                        }
                        all[a][b] = absolute;
                        favour[a][b] = Math.max(0, Math.min(absolute, 0.5 * (net + absolute))); // as in probabilities
                    }
                }
                int[] at = new int[n];
                for (int j = 0; j < n; j++) {
                    at[j] = Arrays.binarySearch(positions, x[j]);
                }
                for (int i = 0; i < n; i++) {
                    double lo = Double.POSITIVE_INFINITY;
                    double hi = Double.NEGATIVE_INFINITY;
                    double own = Double.NaN;
                    for (int b = 0; b < positions.length; b++) {
                        double level = securityAt(i, positions, at, b, favour, all, mu);
                        lo = Math.min(lo, level);
                        hi = Math.max(hi, level);
                        if (positions[b] == x[i]) {
                            own = level;
                        }
                    }
                    security[i] = scaled(own, lo, hi);
                }
            } else {
                double[][] p = probabilities(x, ones);
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double level = 0;
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            level += expectedUtility(j, i, p[j][i], 1.0, mu);
                        }
                    }
                    security[i] = level;
                    lo = Math.min(lo, level);
                    hi = Math.max(hi, level);
                }
                for (int i = 0; i < n; i++) {
                    security[i] = scaled(security[i], lo, hi);
                }
            }
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = (1 - security[i] / 3) / (1 + security[i] / 3);
            }
            return r;
        }

        /** R = (2 level - hi - lo) / (hi - lo), 0 when hi = lo. */
        private double scaled(double level, double lo, double hi) {
            return hi > lo ? (2 * level - hi - lo) / (hi - lo) : 0;
        }

        /** Voter k's vote (at {@code at}, r = 1) for a challenger at {@code a} over a target at {@code b}. */
        private double vote(int k, double at, double a, double b) {
            return weight[k] * (Math.abs(at - b) - Math.abs(at - a));
        }

        /**
         * Actor i's security level were it at {@code positions[b]}, every r = 1: the others' expected
         * utilities of challenging it there. {@code favour[a][b]} and {@code all[a][b]} hold every voter's
         * (at its actual position) votes for position a over position b, positive and absolute; only i's
         * own vote changes when i moves, so each contest costs O(1) (the reconstruction's all-pairs
         * denominator is recomputed for the moved positions). {@code at[j]} is actor j's index in positions.
         */
        private double securityAt(int i, double[] positions, int[] at, int b, double[][] favour, double[][] all,
                double mu) {
            double position = positions[b];
            boolean pairwise = variant.has(Switch.PAIRWISE_PROBABILITY);
            double total = 0;
            if (!pairwise) {
                double[] moved = x.clone();
                moved[i] = position;
                total = allPairsVotes(moved, ones);
            }
            double level = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double p = 0;
                if (x[j] != position) {
                    int a = at[j];
                    double actual = vote(i, x[i], x[j], position);
                    double votesFor = favour[a][b] - Math.max(0, actual);
                    double denominator = pairwise
                            ? all[a][b] - Math.abs(actual) + weight[i] * Math.abs(position - x[j]) : total * span;
                    p = denominator > 0 ? votesFor / denominator : 0;
                }
                level += expectedUtility(x[j], position, salience[i], p, 1.0, mu);
            }
            return level;
        }

        /** P[i][j]: the probability that i beats j, the votes weighted by each voter's risk exponent. */
        private double[][] probabilities(double[] positions, double[] r) {
            for (int a = 0; a < n; a++) {
                for (int k = 0; k < n; k++) {
                    double d = Math.abs(positions[k] - positions[a]) / span;
                    delta[a * n + k] = power(d, r[k]);
                }
            }
            boolean pairwise = variant.has(Switch.PAIRWISE_PROBABILITY);
            double total = pairwise ? 0 : allPairsVotes(positions, r);
            double[][] p = new double[n][n];
            for (int i = 0; i < n; i++) {
                int ri = i * n;
                for (int j = i + 1; j < n; j++) {
                    if (positions[i] == positions[j]) {
                        continue;
                    }
                    int rj = j * n;
                    double net = 0;
                    double all = 0;
                    for (int k = 0; k < n; k++) {
                        double v = weight[k] * (delta[rj + k] - delta[ri + k]);
                        net += v;
                        all += Math.abs(v);
                    }
                    // the positive votes are half of (net + all), summed without a branch; the votes for j over i
                    // are the same votes with the sign turned: their positive part is all - favour
                    double favour = Math.max(0, Math.min(all, 0.5 * (net + all))); // in [0, all] but for rounding
                    double denominator = pairwise ? all : total;
                    if (denominator > 0) {
                        p[i][j] = favour / denominator;
                        p[j][i] = (all - favour) / denominator;
                    }
                }
            }
            return p;
        }

        /**
         * The reconstruction's denominator: sum over voters k and ordered pairs (a, b) of actors of
         * c_k s_k |(|x_k - x_b| / span)^r_k - (|x_k - x_a| / span)^r_k|, each voter's sum of absolute
         * differences taken over its sorted distances in O(n log n).
         */
        private double allPairsVotes(double[] positions, double[] r) {
            double total = 0;
            double[] distances = new double[n];
            for (int k = 0; k < n; k++) {
                if (weight[k] == 0) {
                    continue;
                }
                for (int a = 0; a < n; a++) {
                    double d = Math.abs(positions[k] - positions[a]) / span;
                    distances[a] = power(d, r[k]);
                }
                Arrays.sort(distances);
                double sum = 0;
                for (int a = 0; a < n; a++) {
                    sum += (2.0 * a - n + 1) * distances[a];
                }
                total += weight[k] * 2 * sum;
            }
            return total;
        }
    }

    /**
     * The median voter position: the actor's position that no other actor's position beats in a vote
     * weighted by capability times salience with linear utilities (Black 1948; Bueno de Mesquita 1994),
     * that is the weighted median of the positions, the lower of two when the weights split exactly in
     * half. NaN when every weight is 0.
     */
    public static double medianVoter(double[] positions, double[] weights) {
        int n = positions.length;
        Integer[] order = new Integer[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            total += weights[i];
        }
        if (!(total > 0)) {
            return Double.NaN;
        }
        Arrays.sort(order, (a, b) -> Double.compare(positions[a], positions[b]));
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += weights[order[i]];
            if (cumulative >= total / 2) {
                return positions[order[i]];
            }
        }
        return positions[order[n - 1]];
    }

    /** The weighted mean position, sum w_i x_i / sum w_i; NaN when every weight is 0. */
    public static double weightedMean(double[] positions, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < positions.length; i++) {
            sum += weights[i] * positions[i];
            total += weights[i];
        }
        return total > 0 ? sum / total : Double.NaN;
    }
}
