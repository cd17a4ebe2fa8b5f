package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "relations", description = "Curated relations (rivalry, partnership, dependence...) with sign, strength, period and evidence.")
final class RelationsCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "A", description = "Only relations of this actor.")
    String actor;

    @Option(names = "--year", paramLabel = "Y", description = "Only relations holding in this year.")
    Integer year;

    @Override
    List<ResultTable> run(Workbench workbench) {
        String actorId = actor == null ? null : workbench.actor(actor, "--actor").id();
        ResultTable table = new ResultTable(null, "id", "a", "b", "type", "sign", "strength", "from", "to", "note",
                "source", "evidence");
        for (Relation relation : workbench.cases().relations(null)) {
            if (actorId != null && !relation.a().equals(actorId) && !relation.b().equals(actorId)
                    || year != null && !relation.period().overlapsYear(year)) {
                continue;
            }
            Evidence evidence = relation.evidence().get(0);
            table.add(relation.id(), relation.a(), relation.b(), Labels.label(relation.type()),
                    relation.sign().value() > 0 ? "+" : "-", relation.strength(), relation.period().from().toString(),
                    relation.period().end().map(Object::toString).orElse(null), relation.note(), evidence.sourceId(),
                    Evidences.words(evidence));
        }
        return List.of(table);
    }
}
