package org.counterweight.core.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedNetworkTest {
    @Test
    void keepsNodesInOrderOfFirstMentionAndOneEdgePerPair() {
        SignedNetwork net = SignedNetwork.builder().addNode("Z").addEdge("B", "A", 1).addEdge("A", "B", 1)
                .addEdge("C", "A", -1, 2.5).build();

        assertThat(net.nodes()).containsExactly("Z", "B", "A", "C");
        assertThat(net.edgeCount()).isEqualTo(2);
        assertThat(net.edge("A", "B").sign()).isEqualTo(1);
        assertThat(net.edge("A", "C").weight()).isEqualTo(2.5);
        assertThat(net.edge("Z", "A")).isNull();
        assertThat(net.isWeighted()).isTrue();
        assertThat(net.degree(net.indexOf("A"))).isEqualTo(2);
        assertThat(net.subnetwork(List.of("A", "B")).edgeCount()).isEqualTo(1);
    }

    @Test
    void rejectsSelfLoopsConflictingSignsAndBadWeights() {
        assertThatThrownBy(() -> SignedNetwork.builder().addEdge("USA", "USA", 1))
                .hasMessageContaining("self-loop on USA");
        assertThatThrownBy(() -> SignedNetwork.builder().addEdge("USA", "RUS", 1).addEdge("RUS", "USA", -1))
                .hasMessageContaining("RUS-USA").hasMessageContaining("conflicting signs");
        assertThatThrownBy(() -> SignedNetwork.builder().addEdge("USA", "RUS", 1, 0.0))
                .hasMessageContaining("weight of USA-RUS");
        assertThatThrownBy(() -> SignedNetwork.builder().addEdge("USA", "RUS", 2))
                .hasMessageContaining("must be +1 or -1");
        assertThatThrownBy(() -> SignedNetwork.builder().addEdge("USA", "RUS", 1, 1.0).addEdge("USA", "RUS", 1, 2.0))
                .hasMessageContaining("USA-RUS given twice");
    }
}
