package org.counterweight.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.balance.TriangleCensus;
import org.counterweight.core.balance.WalkBalance;
import org.counterweight.core.model.Actor;
import org.counterweight.core.network.SignRules;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.network.SignedEdge;
import org.counterweight.io.network.UserTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "balance", description = {"Structural balance of a signed network: triangle census with every"
        + " unbalanced triad named, the exact frustration index (line index of balance) with an optimal two-bloc"
        + " partition, and walk-based balance (Estrada & Benzi).",
    "Without --edges: the network of the case's states built from the knowledge base, for --year or each year of"
            + " --from..--to (with each triad's balance over time).", SystemNetwork.RULES})
final class BalanceCommand extends StoreCommand {
    @Option(names = "--edges", paramLabel = "FILE", description = "A signed edge list: from,to,sign[,weight][,GROUP].")
    Path edges;

    @Option(names = "--group", paramLabel = "COLUMN", description = "With --edges: a column splitting rows into separate networks (e.g. window).")
    String group;

    @Option(names = "--year", paramLabel = "Y", description = "The year of the knowledge-base network.")
    Integer year;

    @Option(names = "--from", paramLabel = "Y", description = "First year (with --to): balance of each triad over time.")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year.")
    Integer to;

    @Option(names = "--weighted", description = "Use tie weights in the frustration index and walk balance (default: signs only).")
    boolean weighted;

    @Override
    List<ResultTable> run(Workbench workbench) {
        Map<String, SignedNetwork> networks = new LinkedHashMap<>();
        List<ResultTable> tables = new ArrayList<>();
        if (edges != null) {
            networks.putAll(fromFile());
        } else {
            int first = from != null ? from : year != null ? year : 2021;
            int last = to != null ? to : year != null ? year : first;
            if (last < first) {
                throw new UserInputException("--to " + last + " is before --from " + first);
            }
            if (first < 1816 || last > 2100) {
                throw new UserInputException("years must lie in 1816-2100, got " + first + "-" + last);
            }
            ResultTable ties = new ResultTable("Ties and the evidence behind them", "network", "a", "b", "sign",
                    "weight", "evidence", "overruled");
            for (int y = first; y <= last; y++) {
                List<Actor> states = SystemNetwork.states(workbench, y);
                SignRules.Result resolved = SystemNetwork.resolve(workbench, states, y);
                SignedNetwork.Builder builder = SignedNetwork.builder();
                states.forEach(s -> builder.addNode(s.id()));
                for (SignRules.Tie tie : resolved.ties()) {
                    builder.addEdge(tie.a(), tie.b(), tie.sign().value(), tie.weight());
                    if (first == last) {
                        ties.add(String.valueOf(y), tie.a(), tie.b(), tie.sign().value() > 0 ? "+" : "-", tie.weight(),
                                String.join("; ", tie.reasons()), String.join("; ", tie.overruled()));
                    }
                }
                resolved.cancelled().forEach(c -> ties.note("cancelled (no tie): " + c));
                networks.put(String.valueOf(y), builder.build());
            }
            if (first == last) {
                ties.note(SystemNetwork.RULES);
                tables.add(ties);
            }
        }
        ResultTable summary = new ResultTable("Balance", "network", "nodes", "ties", "negative_ties", "triangles",
                "balanced_triangles", "unbalanced_triangles", "frustration_index", "status", "lower_bound",
                "balance_score", "walk_balance", "bloc_a", "bloc_b", "frustrated_ties");
        ResultTable triads = new ResultTable("Unbalanced triads", "network", "triad", "signs");
        Map<String, Map<String, Boolean>> triadsOverTime = new TreeMap<>();
        for (Map.Entry<String, SignedNetwork> entry : networks.entrySet()) {
            SignedNetwork network = entry.getValue();
            SignedNetwork used = weighted ? network : unweighted(network);
            TriangleCensus census = TriangleCensus.of(network);
            FrustrationIndex.Result frustration = FrustrationIndex.compute(used);
            WalkBalance walk = WalkBalance.of(network, weighted);
            summary.add(entry.getKey(), network.nodeCount(), network.edgeCount(),
                    network.edgeCount() - network.positiveEdgeCount(), census.triangles(), census.balanced(),
                    census.unbalanced(), frustration.frustration(), frustration.status().name().toLowerCase(
                            java.util.Locale.ROOT), frustration.lowerBound(), frustration.balanceScore(), walk.ratio(),
                    String.join(" ", frustration.blocA()), String.join(" ", frustration.blocB()),
                    frustration.frustratedTies().stream().map(Object::toString).reduce((a, b) -> a + "; " + b)
                            .orElse(""));
            for (TriangleCensus.Triad triad : census.unbalancedTriads()) {
                triads.add(entry.getKey(), triad.name(), signs(triad));
            }
            if (edges == null && networks.size() > 1) {
                recordTriads(network, entry.getKey(), triadsOverTime);
            }
        }
        summary.note("frustration_index: the least number of ties (weight, with --weighted) whose removal balances the"
                + " network (Aref, Mason & Wilson 2018; exact: block decomposition and branch-and-bound); balance_score"
                + " = 1 - L/(m/2) (Aref & Wilson 2019); walk_balance: Estrada & Benzi (2014), 1 when balanced.");
        tables.add(summary);
        tables.add(triads);
        if (!triadsOverTime.isEmpty()) {
            tables.add(overTime(triadsOverTime, networks.keySet()));
        }
        return tables;
    }

    private static String signs(TriangleCensus.Triad triad) {
        return sign(triad.signAB()) + sign(triad.signAC()) + sign(triad.signBC());
    }

    private static String sign(int sign) {
        return sign > 0 ? "+" : "-";
    }

    private static SignedNetwork unweighted(SignedNetwork network) {
        SignedNetwork.Builder builder = SignedNetwork.builder();
        network.nodes().forEach(builder::addNode);
        network.edges().forEach(e -> builder.addEdge(network.node(e.u()), network.node(e.v()), e.sign()));
        return builder.build();
    }

    /** Every closed triad of the network, balanced or not, for the over-time table. */
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
                        java.util.Collections.sort(names);
                        overTime.computeIfAbsent(String.join("-", names), t -> new TreeMap<>())
                                .put(key, ab.sign() * ac.sign() * bc.sign() > 0);
                    }
                }
            }
        }
    }

    private static ResultTable overTime(Map<String, Map<String, Boolean>> triads, java.util.Set<String> keys) {
        List<String> columns = new ArrayList<>(List.of("triad"));
        columns.addAll(keys);
        ResultTable table = new ResultTable("Balance of each triad over time (B balanced, U unbalanced, empty: not a"
                + " closed triad that year)", columns.toArray(String[]::new));
        triads.forEach((triad, byYear) -> {
            Object[] row = new Object[columns.size()];
            row[0] = triad;
            int c = 1;
            for (String key : keys) {
                Boolean balanced = byYear.get(key);
                row[c++] = balanced == null ? null : balanced ? "B" : "U";
            }
            table.add(row);
        });
        return table;
    }

    private Map<String, SignedNetwork> fromFile() {
        String fileName = edges.getFileName().toString();
        if (!Files.isRegularFile(edges)) {
            throw new InputFormatException(fileName, 0, null, "no such file: " + edges);
        }
        List<SignedEdge> rows;
        try (Reader reader = Files.newBufferedReader(edges, StandardCharsets.UTF_8)) {
            rows = UserTables.edges(reader, fileName, group);
        } catch (IOException e) {
            throw new InputFormatException(fileName, 0, null, "cannot read: " + e.getMessage(), e);
        }
        Map<String, SignedNetwork.Builder> builders = new LinkedHashMap<>();
        for (SignedEdge edge : rows) {
            try {
                builders.computeIfAbsent(edge.group().isEmpty() ? fileName : edge.group(), g -> SignedNetwork.builder())
                        .addEdge(edge.from(), edge.to(), edge.sign(), edge.weight());
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(fileName, 0, null, e.getMessage());
            }
        }
        Map<String, SignedNetwork> networks = new LinkedHashMap<>();
        builders.forEach((g, b) -> networks.put(g, b.build()));
        return networks;
    }
}
