package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.network.SignRules;
import org.counterweight.report.export.SignedGraph;

/**
 * A year's signed network of the case as the exported graph (GraphML, GEXF): each state with its COW
 * code, its bloc in the optimal two-bloc partition (the frustration index's; Aref, Mason & Wilson 2018)
 * and its CINC as size; each tie with its sign, weight, evidence and basis. Shared by the report and
 * {@link NetworkService}.
 */
public final class NetworkGraphs {
    private NetworkGraphs() {
    }

    /**
     * The graph of one year.
     *
     * @param states      the states of the case in the year
     * @param cinc        each state's CINC that year, with its basis (an absent one leaves the node unsized)
     * @param frustration the year's frustration index, whose bloc A is bloc 0 and the rest bloc 1
     * @param resolved    the year's ties resolved from their evidence
     */
    public static SignedGraph of(List<Actor> states, Function<Actor, BasedValue> cinc,
            FrustrationIndex.Result frustration, SignRules.Result resolved) {
        List<SignedGraph.Node> nodes = new ArrayList<>();
        for (Actor state : states) {
            int bloc = frustration.blocA().contains(state.id()) ? 0 : 1;
            BasedValue size = cinc.apply(state);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("name", state.name());
            if (size.present()) {
                attributes.put("cinc", size.value());
            }
            nodes.add(new SignedGraph.Node(state.id(), state.id(), state.cowCode(), bloc, size.present() ? size.value()
                    : null, attributes));
        }
        List<SignedGraph.Edge> edges = new ArrayList<>();
        for (SignRules.Tie tie : resolved.ties()) {
            edges.add(new SignedGraph.Edge(tie.a(), tie.b(), tie.sign().value(), tie.weight(), String.join("; ",
                    tie.reasons()), tie.basis().label()));
        }
        return new SignedGraph(nodes, edges);
    }
}
