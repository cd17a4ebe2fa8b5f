package org.counterweight.core.balance;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Exact minimisation of the frustration of one block (or any small signed graph): a multi-start
 * local search gives the first upper bound, then a depth-first branch-and-bound over node
 * assignments proves (or improves) it. See {@link FrustrationIndex} for the method.
 *
 * <p>Local indices 0..n-1; {@code side[v]} in {0,1}. An edge (u,v,sign,w) is frustrated, and costs
 * w, when sign = +1 and side[u] != side[v], or sign = -1 and side[u] == side[v].
 */
final class BlockSolver {
    private final int n;
    private final int[][] nb;
    private final int[][] sg;
    private final double[][] wt;
    private final int[][] eid; // local edge ids
    private final int m;
    private final double[] edgeW;
    private final int[] edgeU;
    private final int[] edgeV;
    private final int[] edgeS;
    private final boolean integral;
    private final double eps;

    // search state
    private int[] order;
    private int[] pos;
    private double[] suffixPack;
    private int[] side;
    private double[] c0;
    private double[] c1;
    private double sumMin;
    private double ub;
    private int[] best;
    private long explored;
    private long nodeBudget;
    private long deadline;
    private boolean aborted;
    private double openLb;

    /** Edges as parallel arrays over local node ids. */
    BlockSolver(int n, int[] u, int[] v, int[] sign, double[] weight) {
        this.n = n;
        this.m = u.length;
        this.edgeU = u.clone();
        this.edgeV = v.clone();
        this.edgeS = sign.clone();
        this.edgeW = weight.clone();
        int[] deg = new int[n];
        boolean allIntegral = true;
        double total = 0;
        for (int e = 0; e < m; e++) {
            deg[u[e]]++;
            deg[v[e]]++;
            allIntegral &= weight[e] == Math.rint(weight[e]);
            total += weight[e];
        }
        this.integral = allIntegral;
        this.eps = 1e-9 * Math.max(1.0, total);
        nb = new int[n][];
        sg = new int[n][];
        wt = new double[n][];
        eid = new int[n][];
        for (int i = 0; i < n; i++) {
            nb[i] = new int[deg[i]];
            sg[i] = new int[deg[i]];
            wt[i] = new double[deg[i]];
            eid[i] = new int[deg[i]];
        }
        int[] fill = new int[n];
        for (int e = 0; e < m; e++) {
            add(fill, u[e], v[e], sign[e], weight[e], e);
            add(fill, v[e], u[e], sign[e], weight[e], e);
        }
    }

    private void add(int[] fill, int a, int b, int s, double w, int e) {
        int k = fill[a]++;
        nb[a][k] = b;
        sg[a][k] = s;
        wt[a][k] = w;
        eid[a][k] = e;
    }

    /** Cost of a full assignment. */
    double cost(int[] assignment) {
        double c = 0;
        for (int e = 0; e < m; e++) {
            if (frustrated(edgeS[e], assignment[edgeU[e]], assignment[edgeV[e]])) {
                c += edgeW[e];
            }
        }
        return c;
    }

    static boolean frustrated(int sign, int su, int sv) {
        return sign > 0 ? su != sv : su == sv;
    }

    // ---------------------------------------------------------------- heuristic

    /**
     * Multi-start local search; returns the best assignment found, stopping early once its cost
     * reaches {@code target} (a proven lower bound, so nothing better exists).
     */
    int[] heuristic(SplittableRandom rng, int restarts, double target) {
        return heuristic(rng, restarts, target, Long.MAX_VALUE);
    }

    /** As {@link #heuristic(SplittableRandom, int, double)}, stopping after the first restart once past the deadline. */
    int[] heuristic(SplittableRandom rng, int restarts, double target, long deadline) {
        int[] bestSide = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int[] s = new int[n];
        double[] gain = new double[n];
        for (int r = 0; r < Math.max(1, restarts); r++) {
            spanningTreeStart(rng, s);
            double c = localSearch(s, gain);
            // iterated local search: a few random kicks, keep improvements
            int[] trial = s.clone();
            for (int kick = 0; kick < n && improvable(target, c) && System.nanoTime() <= deadline; kick++) {
                System.arraycopy(s, 0, trial, 0, n);
                int flips = 1 + rng.nextInt(Math.max(1, Math.min(4, n)));
                for (int f = 0; f < flips; f++) {
                    int v = rng.nextInt(n);
                    trial[v] ^= 1;
                    for (int w : nb[v]) {
                        if (rng.nextInt(2) == 0) {
                            trial[w] ^= 1;
                        }
                    }
                }
                double tc = localSearch(trial, gain);
                if (tc < c - eps) {
                    c = tc;
                    System.arraycopy(trial, 0, s, 0, n);
                }
            }
            if (c < bestCost - eps) {
                bestCost = c;
                bestSide = s.clone();
            }
            if (!improvable(target, bestCost) || System.nanoTime() > deadline) {
                break;
            }
        }
        return bestSide;
    }

    private void spanningTreeStart(SplittableRandom rng, int[] s) {
        Arrays.fill(s, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            int root = (start + rng.nextInt(n)) % n;
            if (s[root] >= 0) {
                continue;
            }
            s[root] = rng.nextInt(2);
            queue.add(root);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                int d = nb[v].length;
                int offset = d == 0 ? 0 : rng.nextInt(d);
                for (int k = 0; k < d; k++) {
                    int j = (k + offset) % d;
                    int w = nb[v][j];
                    if (s[w] < 0) {
                        s[w] = sg[v][j] > 0 ? s[v] : 1 - s[v];
                        queue.add(w);
                    }
                }
            }
        }
    }

    /** Steepest single-node flips until none improves; returns the cost. */
    private double localSearch(int[] s, double[] gain) {
        for (int v = 0; v < n; v++) {
            gain[v] = flipGain(s, v);
        }
        while (true) {
            int bestV = -1;
            double bestGain = eps;
            for (int v = 0; v < n; v++) {
                if (gain[v] > bestGain) {
                    bestGain = gain[v];
                    bestV = v;
                }
            }
            if (bestV < 0) {
                break;
            }
            s[bestV] ^= 1;
            gain[bestV] = -gain[bestV];
            for (int w : nb[bestV]) {
                gain[w] = flipGain(s, w);
            }
        }
        return cost(s);
    }

    /** Reduction in cost if v changes side. */
    private double flipGain(int[] s, int v) {
        double g = 0;
        for (int k = 0; k < nb[v].length; k++) {
            boolean now = frustrated(sg[v][k], s[v], s[nb[v][k]]);
            g += now ? wt[v][k] : -wt[v][k];
        }
        return g;
    }

    // ---------------------------------------------------------------- lower bounds

    /**
     * A lower bound on the frustration of the subgraph induced by {@code in}: a greedy fractional
     * packing of negative cycles (odd number of negative edges) under edge capacities equal to the
     * weights. Each negative cycle needs at least one frustrated edge, so by weak LP duality the
     * packing's value bounds the optimum from below. Triangles first, then cycles found as BFS-tree
     * conflicts.
     */
    double cyclePacking(boolean[] in) {
        double[] r = edgeW.clone();
        double total = 0;
        // triangles
        int[] mark = new int[n];
        int[] markEdge = new int[n];
        Arrays.fill(mark, -1);
        for (int a = 0; a < n; a++) {
            if (!in[a]) {
                continue;
            }
            for (int k = 0; k < nb[a].length; k++) {
                mark[nb[a][k]] = a;
                markEdge[nb[a][k]] = eid[a][k];
            }
            for (int k = 0; k < nb[a].length; k++) {
                int b = nb[a][k];
                if (b <= a || !in[b]) {
                    continue;
                }
                int eab = eid[a][k];
                for (int l = 0; l < nb[b].length && r[eab] > eps; l++) {
                    int c = nb[b][l];
                    if (c <= b || !in[c] || mark[c] != a) {
                        continue;
                    }
                    int ebc = eid[b][l];
                    int eac = markEdge[c];
                    if (edgeS[eab] * edgeS[ebc] * edgeS[eac] < 0 && r[ebc] > eps && r[eac] > eps) {
                        double y = Math.min(r[eab], Math.min(r[ebc], r[eac]));
                        r[eab] -= y;
                        r[ebc] -= y;
                        r[eac] -= y;
                        total += y;
                    }
                }
            }
        }
        // longer cycles from BFS-tree conflicts
        int[] parity = new int[n];
        int[] parent = new int[n];
        int[] parentE = new int[n];
        int[] depth = new int[n];
        int[] queue = new int[n];
        boolean found = true;
        while (found) {
            found = false;
            Arrays.fill(parity, -1);
            for (int root = 0; root < n && !found; root++) {
                if (!in[root] || parity[root] >= 0) {
                    continue;
                }
                int head = 0;
                int tail = 0;
                queue[tail++] = root;
                parity[root] = 0;
                parent[root] = -1;
                depth[root] = 0;
                while (head < tail && !found) {
                    int v = queue[head++];
                    for (int k = 0; k < nb[v].length; k++) {
                        int w = nb[v][k];
                        int e = eid[v][k];
                        if (!in[w] || r[e] <= eps) {
                            continue;
                        }
                        int want = sg[v][k] > 0 ? parity[v] : 1 - parity[v];
                        if (parity[w] < 0) {
                            parity[w] = want;
                            parent[w] = v;
                            parentE[w] = e;
                            depth[w] = depth[v] + 1;
                            queue[tail++] = w;
                        } else if (parity[w] != want) {
                            total += packCycle(r, e, v, w, parent, parentE, depth);
                            found = true;
                            break;
                        }
                    }
                }
            }
        }
        return total;
    }

    private double packCycle(double[] r, int e, int v, int w, int[] parent, int[] parentE, int[] depth) {
        double y = r[e];
        int a = v;
        int b = w;
        while (a != b) {
            if (depth[a] >= depth[b]) {
                y = Math.min(y, r[parentE[a]]);
                a = parent[a];
            } else {
                y = Math.min(y, r[parentE[b]]);
                b = parent[b];
            }
        }
        r[e] -= y;
        a = v;
        b = w;
        while (a != b) {
            if (depth[a] >= depth[b]) {
                r[parentE[a]] -= y;
                a = parent[a];
            } else {
                r[parentE[b]] -= y;
                b = parent[b];
            }
        }
        return y;
    }

    // ---------------------------------------------------------------- branch and bound

    /** Outcome of {@link #solve}. */
    record Outcome(int[] side, double cost, double lowerBound, boolean optimal, long searchNodes) {
    }

    /**
     * Branch-and-bound from the incumbent {@code start}.
     *
     * @param nodeBudget search nodes allowed (the budget is shared: the caller passes what is left)
     * @param deadline   System.nanoTime() value after which to stop, or Long.MAX_VALUE
     */
    Outcome solve(int[] start, long nodeBudget, long deadline) {
        if (suffixPack == null) {
            prepare();
        }
        best = start.clone();
        ub = cost(best);
        this.nodeBudget = nodeBudget;
        this.deadline = deadline;
        explored = 0;
        aborted = false;
        openLb = Double.POSITIVE_INFINITY;
        double rootLb = suffixPack[0];
        if (!improvable(rootLb)) {
            return new Outcome(best, ub, ub, true, 0);
        }
        side = new int[n];
        Arrays.fill(side, -1);
        c0 = new double[n];
        c1 = new double[n];
        sumMin = 0;
        // the first node's bloc is fixed (a partition and its mirror cost the same)
        int v0 = order[0];
        assign(v0, 0);
        dfs(1, 0.0, suffixPack[1] + sumMin);
        double lb = aborted ? Math.min(ub, Math.max(rootLb, openLb)) : ub;
        return new Outcome(best, ub, lb, !aborted, explored);
    }

    /** Orders the nodes and precomputes the cycle-packing bound of every suffix of the order. */
    void prepare() {
        prepare(Long.MAX_VALUE);
    }

    /**
     * As {@link #prepare()}, but past the deadline the suffixes not yet packed get the bound 0 (valid,
     * only weaker), so that a large dense block (the packing is O(m^2) per suffix) cannot outlast
     * the search's budget before the search starts.
     */
    void prepare(long deadline) {
        buildOrder();
        boolean[] in = new boolean[n];
        suffixPack = new double[n + 1];
        for (int d = n - 1; d >= 0; d--) {
            in[order[d]] = true;
            suffixPack[d] = d >= n - 2 || System.nanoTime() > deadline ? 0 : cyclePacking(in);
        }
    }

    /** The root lower bound (after {@link #prepare()}). */
    double rootBound() {
        return suffixPack[0];
    }

    private boolean improvable(double lb) {
        return improvable(lb, ub);
    }

    /** Whether a subtree with bound lb may hold a solution better than upper. */
    private boolean improvable(double lb, double upper) {
        return integral ? lb <= upper - 1 + 1e-6 : lb < upper - eps;
    }

    /** Static order: start at the heaviest node, then always the node with most assigned weight. */
    private void buildOrder() {
        order = new int[n];
        pos = new int[n];
        Arrays.fill(pos, -1);
        double[] attached = new double[n];
        double[] strength = new double[n];
        for (int v = 0; v < n; v++) {
            for (double w : wt[v]) {
                strength[v] += w;
            }
        }
        for (int d = 0; d < n; d++) {
            int pick = -1;
            for (int v = 0; v < n; v++) {
                if (pos[v] >= 0) {
                    continue;
                }
                if (pick < 0 || attached[v] > attached[pick]
                        || (attached[v] == attached[pick] && strength[v] > strength[pick])) {
                    pick = v;
                }
            }
            order[d] = pick;
            pos[pick] = d;
            for (int k = 0; k < nb[pick].length; k++) {
                attached[nb[pick][k]] += wt[pick][k];
            }
        }
    }

    /** Puts v on side s and adds to its unassigned neighbours' costs. */
    private void assign(int v, int s) {
        side[v] = s;
        shiftNeighbourCosts(v, s, 1);
    }

    /** Takes v off its side and removes what {@link #assign} added. */
    private void unassign(int v) {
        int s = side[v];
        side[v] = -1;
        shiftNeighbourCosts(v, s, -1);
    }

    /**
     * Adds {@code sign} times v's edge weights to the cost, for each unassigned neighbour, of the
     * side that would break the edge.
     */
    private void shiftNeighbourCosts(int v, int s, int sign) {
        for (int k = 0; k < nb[v].length; k++) {
            int w = nb[v][k];
            if (side[w] >= 0) {
                continue;
            }
            double before = Math.min(c0[w], c1[w]);
            int bad = sg[v][k] > 0 ? 1 - s : s; // w would be frustrated on this side
            if (bad == 0) {
                c0[w] += sign * wt[v][k];
            } else {
                c1[w] += sign * wt[v][k];
            }
            sumMin += Math.min(c0[w], c1[w]) - before;
        }
    }

    private void dfs(int d, double cost, double lbHere) {
        if (++explored > nodeBudget || ((explored & 4095) == 0 && System.nanoTime() > deadline)) {
            aborted = true;
            openLb = Math.min(openLb, lbHere);
            return;
        }
        if (d == n) {
            if (cost < ub - eps) {
                ub = cost;
                for (int v = 0; v < n; v++) {
                    best[v] = side[v];
                }
            }
            return;
        }
        int v = order[d];
        double vMin = Math.min(c0[v], c1[v]);
        sumMin -= vMin;
        double[] childCost = {cost + c0[v], cost + c1[v]};
        double[] childLb = new double[2];
        for (int s = 0; s < 2; s++) {
            assign(v, s);
            childLb[s] = childCost[s] + sumMin + suffixPack[d + 1];
            unassign(v);
        }
        int first = childLb[0] <= childLb[1] ? 0 : 1;
        for (int t = 0; t < 2; t++) {
            int s = t == 0 ? first : 1 - first;
            if (aborted) {
                if (improvable(childLb[s])) {
                    openLb = Math.min(openLb, childLb[s]);
                }
                continue;
            }
            if (!improvable(childLb[s])) {
                continue;
            }
            assign(v, s);
            dfs(d + 1, childCost[s], childLb[s]);
            unassign(v);
        }
        sumMin += vMin;
    }
}
