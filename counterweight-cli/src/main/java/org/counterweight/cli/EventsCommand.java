package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", description = "Dated events coded in CAMEO, with their Goldstein values from the codebook and their evidence.")
final class EventsCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "A", description = "Only events this actor did or underwent.")
    String actor;

    @Option(names = "--from", paramLabel = "Y", description = "First year.")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year.")
    Integer to;

    @Override
    List<ResultTable> run(Workbench workbench) {
        String actorId = actor == null ? null : workbench.actor(actor, "--actor").id();
        ResultTable table = new ResultTable(null, "date", "source_actor", "target_actor", "cameo", "goldstein",
                "description", "source", "evidence");
        for (Event event : workbench.cases().events(null)) {
            int year = event.date().year();
            if (actorId != null && !event.source().equals(actorId) && !event.target().equals(actorId)
                    || from != null && year < from || to != null && year > to) {
                continue;
            }
            table.add(event.date().toString(), event.source(), event.target(), event.cameoCode(), event.goldstein(),
                    event.description(), event.evidence().isEmpty() ? null : event.evidence().get(0).sourceId(),
                    event.evidence().isEmpty() ? null : Evidences.words(event.evidence().get(0)));
        }
        table.note("Goldstein (1992) conflict-cooperation values, -10 to +10, from the bundled CAMEO codebook.");
        return List.of(table);
    }
}
