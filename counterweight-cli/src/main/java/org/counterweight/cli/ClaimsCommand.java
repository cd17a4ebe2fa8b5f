package org.counterweight.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.store.CaseQueries.ClaimFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "claims", description = "Claims with their exact quotes: facts, assessments and recommendations.",
        subcommands = ClaimsReviewCommand.class)
final class ClaimsCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "A", description = "Only claims about this actor (as subject or object).")
    String actor;

    @Option(names = "--source", paramLabel = "S", description = "Only claims quoted from this source id (see `sources`).")
    String source;

    @Option(names = "--kind", paramLabel = "K", description = "fact, assessment or recommendation.")
    String kind;

    @Option(names = "--case", paramLabel = "C", description = "Only claims of this case.")
    String caseId;

    @Option(names = "--status", paramLabel = "S", description = "Only claims with this status: curated, proposed, accepted, rejected.")
    String status;

    @Override
    List<ResultTable> run(Workbench workbench) {
        String actorId = actor == null ? null : workbench.actor(actor, "--actor").id();
        ClaimKind claimKind = kind == null ? null : Labels.parse(ClaimKind.class, kind, "--kind");
        if (source != null && workbench.cases().sources().stream().noneMatch(s -> s.source().id().equals(source))) {
            throw new UserInputException("unknown source '" + source + "' for --source; see `counterweight sources`");
        }
        org.counterweight.core.model.ClaimStatus wanted = status == null ? null
                : Labels.parse(org.counterweight.core.model.ClaimStatus.class, status, "--status");
        List<Claim> claims = workbench.cases().claims(new ClaimFilter(actorId, source, claimKind, caseId)).stream()
                .filter(c -> wanted == null || c.status() == wanted).toList();
        ResultTable table = new ResultTable(null, "id", "kind", "subjects", "predicate", "objects", "when", "value",
                "unit", "attributed_to", "source", "quote", "status");
        for (Claim claim : claims) {
            Evidence evidence = claim.evidence().stream().filter(e -> source == null || e.sourceId().equals(source))
                    .findFirst().orElse(claim.evidence().get(0));
            table.add(claim.id(), Labels.label(claim.kind()), String.join(" ", claim.subjects()), claim.predicate(),
                    String.join(" ", claim.objects()), claim.when() == null ? null : claim.when().toString(),
                    claim.value() == null ? null : claim.value().amount(),
                    claim.value() == null ? null : claim.value().unit(), claim.attributedTo(), evidence.sourceId(),
                    Evidences.words(evidence), Labels.label(claim.status()));
        }
        table.note(claims.size() + " claim(s): " + claims.stream().collect(Collectors.groupingBy(c -> Labels.label(c.kind()),
                java.util.TreeMap::new, Collectors.counting())));
        return List.of(table);
    }
}
