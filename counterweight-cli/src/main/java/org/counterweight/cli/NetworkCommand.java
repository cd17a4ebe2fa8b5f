package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.analysis.NetworkRequest;
import org.counterweight.app.analysis.NetworkService;
import org.counterweight.report.Report;
import org.counterweight.report.export.DynamicGraph;
import org.counterweight.report.export.NetworkExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "network", description = {"The case's signed network for Gephi and yEd: FILE.gexf (GEXF 1.3) or"
        + " FILE.graphml (GraphML), each state with its COW code, its bloc's colour (the optimal two-bloc partition),"
        + " a position and its CINC as size; each tie with its sign, weight, evidence and basis.",
    "One year is a static graph; several are a dynamic GEXF (Gephi's timeline) or a GraphML with one edge per tie"
            + " and year."},
        footerHeading = "%nExamples:%n", footer = {
            "  counterweight network --from 2015 --to 2015 --out network.gexf",
            "  counterweight network --from 2000 --to 2022 --out network-2000-2022.gexf",
            "  counterweight network --from 2000 --to 2022 --out network-2000-2022.graphml"})
final class NetworkCommand extends ServiceCommand {
    @Mixin
    YearRangeOptions range;

    @Mixin
    CaseOption caseOption;

    @Mixin
    CarryOption carryOption;

    @Mixin
    ObligationsOption obligations;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "FILE.gexf or FILE.graphml.")
    Path out;

    @Override
    List<Report.Table> run(Workbench workbench) {
        DynamicGraph graph = new NetworkService(workbench).graphs(new NetworkRequest(caseOption.caseId(),
                range.years(), carryOption.carry(), obligations.scope));
        NetworkExport.write(graph, out);
        DynamicGraph.Year lastYear = graph.years().get(graph.years().size() - 1);
        return List.of(Report.Table.builder("network-file", null, "file", "years", "states", "ties_last_year")
                .row(out.toString(), graph.years().get(0).year() + "-" + lastYear.year(),
                        lastYear.graph().nodes().size(), lastYear.graph().edges().size()).build(null));
    }
}
