package org.counterweight.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.SourceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agreements", description = "Agreements as a timeline: type, parties, life cycle, and the sources of the dates.")
final class AgreementsCommand extends StoreCommand {
    @Option(names = "--actor", paramLabel = "A", description = "Only agreements this actor is party to.")
    String actor;

    @Option(names = "--from", paramLabel = "Y", description = "Only agreements in effect (or announced) in or after this year.")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Only agreements announced or signed in or before this year.")
    Integer to;

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (from != null && to != null && to < from) {
            throw new UserInputException("--to " + to + " is before --from " + from);
        }
        String actorId = actor == null ? null : workbench.actor(actor, "--actor").id();
        Map<String, SourceKind> kinds = workbench.cases().sources().stream()
                .collect(Collectors.toMap(s -> s.source().id(), s -> s.source().kind(), (a, b) -> a));
        ResultTable table = new ResultTable(null, "date", "agreement", "short", "aliases", "type", "parties", "announced",
                "signed", "in_force", "lapsed", "date_source", "date_evidence", "article_source", "article_quote");
        for (Agreement agreement : workbench.cases().agreements(null, actorId, from, to)) {
            Optional<Evidence> article = agreement.evidence().stream()
                    .filter(e -> kinds.get(e.sourceId()) == SourceKind.ARTICLE).findFirst();
            Evidence dated = agreement.evidence().stream().filter(e -> kinds.get(e.sourceId()) != SourceKind.ARTICLE)
                    .findFirst().orElse(agreement.evidence().get(0));
            table.add(agreement.firstDate().toString(), agreement.name(), agreement.shortName(),
                    agreement.aliases().isEmpty() ? null : String.join("; ", agreement.aliases()), agreement.type().label(),
                    String.join(" ", agreement.parties()), text(agreement.announced()), text(agreement.signed()),
                    text(agreement.inForce()), text(agreement.lapsed()), dated.sourceId(), Evidences.words(dated),
                    article.map(Evidence::sourceId).orElse(null), article.map(Evidences::words).orElse(null));
        }
        table.note("aliases: other names analysts use for it, separated by '; ' (the article extractor matches them);"
                + " date_source: where the date was taken from (see `counterweight sources`); article_quote: what the"
                + " analysts' article says of it.");
        return List.of(table);
    }


    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
