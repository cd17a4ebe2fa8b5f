package org.counterweight.cli;

import java.util.List;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.Membership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "memberships", description = "Memberships, bids and observer seats in organisations (SCO, QUAD, NSG...), with dates and evidence.")
final class MembershipsCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "A", description = "Only this member, or members of this organisation.")
    String actor;

    @Override
    List<ResultTable> run(Workbench workbench) {
        String actorId = actor == null ? null : workbench.actor(actor, "--actor").id();
        ResultTable table = new ResultTable(null, "member", "organisation", "role", "from", "to", "source", "evidence");
        for (Membership membership : workbench.cases().memberships(null)) {
            if (actorId != null && !membership.member().equals(actorId) && !membership.organisation().equals(actorId)) {
                continue;
            }
            Evidence evidence = membership.evidence().get(0);
            table.add(membership.member(), membership.organisation(), Labels.label(membership.role()),
                    membership.period().from().toString(), membership.period().end().map(Object::toString).orElse(null),
                    evidence.sourceId(), Evidences.words(evidence));
        }
        return List.of(table);
    }
}
