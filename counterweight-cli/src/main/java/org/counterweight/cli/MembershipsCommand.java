package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.app.knowledge.MembershipsRequest;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "memberships", description = "Memberships, bids and observer seats in organisations (SCO, QUAD,"
        + " NSG...), with dates and evidence.",
        footerHeading = "%nExamples:%n", footer = {"  counterweight memberships",
            "  counterweight memberships --actor SCO"})
final class MembershipsCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--actor", paramLabel = "A", description = "Only this member, or members of this organisation.")
    String actor;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).memberships(new MembershipsRequest(
                caseOption.caseId(), actor)));
    }
}
