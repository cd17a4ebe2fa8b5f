package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.AgreementsRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "agreements", description = {"Agreements as a timeline: type, parties, life cycle, and the sources of"
        + " the dates.", "With --from, only agreements in effect (or announced) in or after that year; with --to, only"
                + " agreements announced or signed in or before it."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight agreements --actor IND      # GSOMIA 2002 ... BECA"
                + " 2020, with the source of each date"})
final class AgreementsCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--actor", paramLabel = "A", description = "Only agreements this actor is party to.")
    String actor;

    @Mixin
    YearRangeOptions range;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).agreements(new AgreementsRequest(
                caseOption.caseId(), actor, range.years())));
    }
}
