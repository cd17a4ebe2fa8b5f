package org.counterweight.app.analysis;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.balance.TriangleCensus;
import org.counterweight.core.balance.WalkBalance;
import org.counterweight.core.network.SignRules;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.network.SignedEdge;
import org.counterweight.io.network.UserTables;

/**
 * Structural balance (Heider 1946; Cartwright &amp; Harary 1956): the triangle census with every
 * unbalanced triad named, the exact frustration index (line index of balance; Aref, Mason &amp; Wilson
 * 2018) with an optimal two-bloc partition, and walk-based balance (Estrada &amp; Benzi 2014), of the
 * case's network by year ({@link CaseSnapshot#network}) or of a user's edge lists.
 */
public final class BalanceService {
    /**
     * The wall time the exact frustration searches of one request may take together. With the
     * census and walk balance it keeps an interactive run under about 10 s; a search stopped by it
     * reports the best partition found and a proven lower bound, "not proven optimal within budget".
     */
    public static final Duration SEARCH_BUDGET = Duration.ofSeconds(5);
    /**
     * The most nodes of one network from a file: walk balance solves two dense n x n eigenproblems
     * (O(n^3)): about 2 s of CPU at this size (6.5 s at 600 nodes).
     */
    public static final int MAX_FILE_NODES = 400;

    private final Workbench workbench;

    public BalanceService(Workbench workbench) {
        this.workbench = workbench;
    }

    public BalanceResult balance(BalanceRequest request) {
        Map<String, SignedNetwork> networks = new LinkedHashMap<>();
        Map<String, Integer> carried = new LinkedHashMap<>();
        Map<String, List<String>> coverage = new LinkedHashMap<>();
        Optional<BalanceResult.YearTies> ties = Optional.empty();
        boolean overTime = false;
        if (request.edges() != null) {
            networks.putAll(fromFile(request.edges(), request.group()));
        } else {
            YearRange years = request.years();
            int first = years.from() != null ? years.from() : years.to() != null ? years.to()
                    : BalanceRequest.DEFAULT_YEAR;
            int last = years.to() != null ? years.to() : first;
            Years.requireInSystem(first, "from");
            Years.requireInSystem(last, "to");
            try (UnitOfWork work = workbench.begin()) {
                CaseSnapshot snapshot = work.snapshot(request.caseId(), first, last, request.carry())
                        .withObligations(request.obligations());
                for (int year = first; year <= last; year++) {
                    String name = String.valueOf(year);
                    SignRules.Result resolved = snapshot.ties(year);
                    networks.put(name, CaseSnapshot.network(snapshot.statesIn(year), resolved));
                    carried.put(name, (int) resolved.ties().stream().filter(SignRules.Tie::carried).count());
                    if (!snapshot.coverage(year).isEmpty()) {
                        coverage.put(name, snapshot.coverage(year));
                    }
                }
                if (first == last) {
                    ties = Optional.of(new BalanceResult.YearTies(first, snapshot.ties(first)));
                }
            }
            overTime = first != last;
        }
        List<BalanceResult.NetworkBalance> measured = new ArrayList<>();
        Map<String, Map<String, Boolean>> triads = new TreeMap<>();
        long deadline = System.nanoTime() + SEARCH_BUDGET.toNanos();
        for (Map.Entry<String, SignedNetwork> entry : networks.entrySet()) {
            SignedNetwork network = entry.getValue();
            SignedNetwork used = request.weighted() ? network : unweighted(network);
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            measured.add(new BalanceResult.NetworkBalance(entry.getKey(), network, TriangleCensus.of(network),
                    FrustrationIndex.compute(used, FrustrationIndex.Options.defaults().withTimeBudget(left)),
                    WalkBalance.of(network, request.weighted()),
                    carried.getOrDefault(entry.getKey(), 0)));
            if (overTime) {
                recordTriads(network, entry.getKey(), triads);
            }
        }
        return new BalanceResult(measured, ties, triads, coverage);
    }

    private static SignedNetwork unweighted(SignedNetwork network) {
        SignedNetwork.Builder builder = SignedNetwork.builder();
        network.nodes().forEach(builder::addNode);
        network.edges().forEach(e -> builder.addEdge(network.node(e.u()), network.node(e.v()), e.sign()));
        return builder.build();
    }

    /** Every closed triad of the network, balanced or not, for the over-time view. */
    private static void recordTriads(SignedNetwork network, String key, Map<String, Map<String, Boolean>> overTime) {
        List<String> nodes = network.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                for (int k = j + 1; k < nodes.size(); k++) {
                    SignedNetwork.Edge ab = network.edge(nodes.get(i), nodes.get(j));
                    SignedNetwork.Edge ac = network.edge(nodes.get(i), nodes.get(k));
                    SignedNetwork.Edge bc = network.edge(nodes.get(j), nodes.get(k));
                    if (ab != null && ac != null && bc != null) {
                        List<String> names = new ArrayList<>(List.of(nodes.get(i), nodes.get(j), nodes.get(k)));
                        Collections.sort(names);
                        overTime.computeIfAbsent(String.join("-", names), t -> new TreeMap<>())
                                .put(key, ab.sign() * ac.sign() * bc.sign() > 0);
                    }
                }
            }
        }
    }

    private static Map<String, SignedNetwork> fromFile(UserFile file, String group) {
        List<SignedEdge> rows;
        try (Reader reader = file.reader()) {
            rows = UserTables.edges(reader, file.name(), group);
        } catch (IOException e) {
            throw new InputFormatException(file.name(), 0, null, "cannot read: " + e.getMessage(), e);
        }
        Map<String, SignedNetwork.Builder> builders = new LinkedHashMap<>();
        for (SignedEdge edge : rows) {
            try {
                builders.computeIfAbsent(edge.group().isEmpty() ? file.name() : edge.group(),
                        g -> SignedNetwork.builder()).addEdge(edge.from(), edge.to(), edge.sign(), edge.weight());
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file.name(), 0, null, e.getMessage());
            }
        }
        Map<String, SignedNetwork> networks = new LinkedHashMap<>();
        builders.forEach((g, b) -> {
            SignedNetwork network = b.build();
            if (network.nodeCount() > MAX_FILE_NODES) {
                throw new InputFormatException(file.name(), 0, group, (g.equals(file.name()) ? "the network has "
                        : "network " + g + " has ") + network.nodeCount() + " nodes; at most " + MAX_FILE_NODES
                        + " are measured (walk balance is cubic in the nodes)");
            }
            networks.put(g, network);
        });
        return networks;
    }
}
