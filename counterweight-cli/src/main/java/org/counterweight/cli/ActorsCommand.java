package org.counterweight.cli;

import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.ActorsRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.app.knowledge.KnowledgeTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "actors", description = "States and organisations of the case with their codes and aliases.",
        footerHeading = "%nExamples:%n", footer = {"  counterweight actors",
            "  counterweight actors --resolve Sino-Pak      # -> CHN and PAK; also \"the Kremlin\", \"New Delhi\","
                    + " \"Modi\", 770"})
final class ActorsCommand extends ServiceCommand {
    @Mixin
    CaseOption caseOption;

    @Option(names = "--all", description = "Also list every state of the country-code crosswalk, not only the case's"
            + " actors.")
    boolean all;

    @Option(names = "--resolve", paramLabel = "TEXT",
            description = "Show which actor(s) a name, code, metonym, person or compound refers to (\"New Delhi\","
                    + " \"Modi\", \"Sino-Pak\", 770).")
    String resolve;

    @Override
    List<Report.Table> run(Workbench workbench) {
        return KnowledgeTables.of(new KnowledgeService(workbench).actors(new ActorsRequest(caseOption.caseId(), all,
                resolve)));
    }
}
