package org.counterweight.core.balance;

import java.util.ArrayList;
import java.util.List;

/**
 * Biconnected components (blocks) of a network by Hopcroft-Tarjan's edge-stack algorithm, written
 * iteratively. Each block is a list of edge indices; every edge lies in exactly one block, a bridge
 * forms a block of its own and isolated nodes lie in none. O(n + m).
 */
final class Blocks {
    private Blocks() {
    }

    static List<int[]> of(SignedNetwork network) {
        int n = network.nodeCount();
        int[][] adj = network.adjacency();
        int[][] inc = network.incidence();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parentEdge = new int[n];
        int[] nextArc = new int[n];
        int[] stack = new int[n];
        int[] edgeStack = new int[network.edgeCount()];
        int edgeTop = 0;
        int time = 0;
        List<int[]> blocks = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = ++time;
            parentEdge[root] = -1;
            nextArc[root] = 0;
            while (top > 0) {
                int v = stack[top - 1];
                if (nextArc[v] < adj[v].length) {
                    int k = nextArc[v]++;
                    int w = adj[v][k];
                    int e = inc[v][k];
                    if (e == parentEdge[v]) {
                        continue;
                    }
                    if (disc[w] == 0) {
                        edgeStack[edgeTop++] = e;
                        parentEdge[w] = e;
                        disc[w] = low[w] = ++time;
                        nextArc[w] = 0;
                        stack[top++] = w;
                    } else if (disc[w] < disc[v]) {
                        edgeStack[edgeTop++] = e; // back edge
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    if (top > 0) {
                        int u = stack[top - 1];
                        low[u] = Math.min(low[u], low[v]);
                        if (low[v] >= disc[u]) {
                            int pe = parentEdge[v];
                            int start = edgeTop;
                            do {
                                start--;
                            } while (edgeStack[start] != pe);
                            int[] block = new int[edgeTop - start];
                            System.arraycopy(edgeStack, start, block, 0, block.length);
                            edgeTop = start;
                            blocks.add(block);
                        }
                    }
                }
            }
        }
        return blocks;
    }
}
