package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.report.export.DynamicGraph;
import org.counterweight.report.export.SignedGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported network: each year's states with their COW codes, the balance command's blocs, the ties. */
class NetworkServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    @Test
    void eachYearsGraphHasTheStatesCowCodesTheBalanceBlocsAndTheTies() {
        DynamicGraph graph = new NetworkService(workbench).graphs(new NetworkRequest(CaseId.SOUTH_ASIA,
                YearRange.of(2014, 2016), Carry.FORWARD));
        assertThat(graph.years()).extracting(DynamicGraph.Year::year).containsExactly(2014, 2015, 2016);
        SignedGraph y2015 = graph.years().get(1).graph();
        SignedGraph.Node india = y2015.nodes().stream().filter(n -> n.id().equals("IND")).findFirst().orElseThrow();
        SignedGraph.Node pakistan = y2015.nodes().stream().filter(n -> n.id().equals("PAK")).findFirst().orElseThrow();
        assertThat(india.cow()).isEqualTo(750);
        assertThat(pakistan.cow()).isEqualTo(770);
        assertThat(india.size()).as("NMC 7.0: India's CINC in 2015").isEqualTo(0.085666403);
        BalanceResult balance = new BalanceService(workbench).balance(new BalanceRequest(CaseId.SOUTH_ASIA,
                YearRange.year(2015), null, null, false));
        var blocA = balance.network("2015").frustration().blocA();
        assertThat(y2015.nodes()).allSatisfy(n -> assertThat(n.bloc()).isEqualTo(blocA.contains(n.id()) ? 0 : 1));
        assertThat(y2015.edges()).hasSize(balance.ties().orElseThrow().resolved().ties().size());
        assertThat(y2015.edges()).anySatisfy(e -> {
            assertThat(java.util.Set.of(e.source(), e.target())).containsExactlyInAnyOrder("IND", "PAK");
            assertThat(e.sign()).isEqualTo(-1);
        });
    }
}
