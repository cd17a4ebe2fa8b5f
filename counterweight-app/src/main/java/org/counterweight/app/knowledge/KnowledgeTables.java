package org.counterweight.app.knowledge;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.counterweight.app.EvidenceText;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Event;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.Membership;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Supports;
import org.counterweight.report.Report;

/** The tables of the {@link KnowledgeService}'s results: one table per result, evidence shown by its quote. */
public final class KnowledgeTables {
    /** Alias kinds with a column of their own in the actors table. */
    private static final Set<AliasKind> SHOWN_APART = EnumSet.of(AliasKind.METONYM, AliasKind.ADJECTIVE,
            AliasKind.PERSON);

    private KnowledgeTables() {
    }

    /** Actors with their codes and aliases by kind; a resolution notes what the name refers to. */
    public static List<Report.Table> of(ActorsResult result) {
        Report.Table.Builder table = Report.Table.builder("actors", null, "id", "kind", "name", "cow", "gw", "cameo",
                "metonyms", "adjectives", "other_aliases", "people");
        for (Actor actor : result.actors()) {
            table.row(actor.id(), Labels.label(actor.kind()), actor.name(), actor.cowCode(), actor.gwCode(),
                    actor.cameoCode(), String.join("; ", actor.aliases(AliasKind.METONYM)),
                    String.join("; ", actor.aliases(AliasKind.ADJECTIVE)),
                    actor.aliases().stream().filter(a -> !SHOWN_APART.contains(a.kind())).map(a -> a.text())
                            .distinct().collect(Collectors.joining("; ")),
                    String.join("; ", actor.aliases(AliasKind.PERSON)));
        }
        if (result.resolved() != null) {
            table.note("'" + result.resolved() + "' refers to " + result.actors().stream().map(Actor::id)
                    .collect(Collectors.joining(" and ")));
        }
        return List.of(table.build(null));
    }

    /** Agreements as a timeline, with the source of their dates and the article's quote. */
    public static List<Report.Table> of(AgreementsResult result) {
        Report.Table.Builder table = Report.Table.builder("agreements", null, "date", "agreement", "short", "aliases",
                "type", "parties", "announced", "signed", "in_force", "lapsed", "date_source", "date_evidence",
                "article_source", "article_quote");
        for (AgreementsResult.DatedAgreement dated : result.agreements()) {
            Agreement agreement = dated.agreement();
            table.row(agreement.firstDate().toString(), agreement.name(), agreement.shortName(),
                    agreement.aliases().isEmpty() ? null : String.join("; ", agreement.aliases()),
                    agreement.type().label(), String.join(" ", agreement.parties()), text(agreement.announced()),
                    text(agreement.signed()), text(agreement.inForce()), text(agreement.lapsed()),
                    dated.dated().sourceId(), EvidenceText.of(dated.dated()),
                    dated.article().map(Evidence::sourceId).orElse(null),
                    dated.article().map(EvidenceText::of).orElse(null));
        }
        table.note("aliases: other names analysts use for it, separated by '; ' (the article extractor matches them);"
                + " date_source: the source the date was taken from (its id among the knowledge base's sources);"
                + " article_quote: what the analysts' article says of it.");
        return List.of(table.build(null));
    }

    /** Claims with the quote that backs each, and a count by kind. */
    public static List<Report.Table> of(ClaimsResult result) {
        Report.Table.Builder table = Report.Table.builder("claims", null, "id", "kind", "subjects", "predicate",
                "objects", "when", "value", "unit", "attributed_to", "source", "quote", "status");
        for (ClaimsResult.QuotedClaim quoted : result.claims()) {
            Claim claim = quoted.claim();
            table.row(claim.id(), Labels.label(claim.kind()), String.join(" ", claim.subjects()), claim.predicate(),
                    String.join(" ", claim.objects()), text(claim.when()),
                    claim.value() == null ? null : claim.value().amount(),
                    claim.value() == null ? null : claim.value().unit(), claim.attributedTo(),
                    quoted.evidence().sourceId(), EvidenceText.of(quoted.evidence()), Labels.label(claim.status()));
        }
        Map<String, Long> byKind = result.claims().stream().collect(Collectors.groupingBy(
                c -> Labels.label(c.claim().kind()), TreeMap::new, Collectors.counting()));
        table.note(result.claims().size() + " claim(s): " + byKind);
        return List.of(table.build(null));
    }

    /** The claims reviewed and their new status. */
    public static List<Report.Table> of(ClaimReviewResult result) {
        Report.Table.Builder table = Report.Table.builder("claim-review", null, "claim", "status");
        result.ids().forEach(id -> table.row(id, Labels.label(result.status())));
        return List.of(table.build(null));
    }

    /**
     * Relations with sign, strength, their period (validity interval) with the sources of its start and
     * end where the case gives them, and their first evidence of existence.
     */
    public static List<Report.Table> of(RelationsResult result) {
        Report.Table.Builder table = Report.Table.builder("relations", null, "id", "a", "b", "type", "sign",
                "strength", "from", "from_source", "to", "to_source", "note", "source", "evidence", "from_evidence",
                "to_evidence");
        for (Relation relation : result.relations()) {
            List<Evidence> existence = relation.evidence(Supports.EXISTENCE);
            Evidence evidence = existence.isEmpty() ? relation.evidence().get(0) : existence.get(0);
            List<Evidence> start = relation.evidence(Supports.START);
            List<Evidence> end = relation.evidence(Supports.END);
            table.row(relation.id(), relation.a(), relation.b(), Labels.label(relation.type()),
                    relation.sign().value() > 0 ? "+" : "-", relation.strength(), relation.period().from().toString(),
                    sources(start), relation.period().end().map(Object::toString).orElse(null), sources(end),
                    relation.note(), evidence.sourceId(), EvidenceText.of(evidence), texts(start), texts(end));
        }
        table.note("from, to: the period in which the relation holds (to empty: it has not ended); from_source,"
                + " to_source: the sources of its start and end dates where the case gives them (every end has one),"
                + " from_evidence, to_evidence: their quotes or locators, separated by ' | '.");
        return List.of(table.build(null));
    }

    private static String sources(List<Evidence> evidence) {
        return evidence.isEmpty() ? null : evidence.stream().map(Evidence::sourceId).distinct()
                .collect(Collectors.joining("; "));
    }

    private static String texts(List<Evidence> evidence) {
        return evidence.isEmpty() ? null : evidence.stream().map(EvidenceText::of).collect(Collectors.joining(" | "));
    }

    /** Memberships with role, period and their first evidence. */
    public static List<Report.Table> of(MembershipsResult result) {
        Report.Table.Builder table = Report.Table.builder("memberships", null, "member", "organisation", "role",
                "from", "to", "source", "evidence");
        for (Membership membership : result.memberships()) {
            Evidence evidence = membership.evidence().get(0);
            table.row(membership.member(), membership.organisation(), Labels.label(membership.role()),
                    membership.period().from().toString(),
                    membership.period().end().map(Object::toString).orElse(null), evidence.sourceId(),
                    EvidenceText.of(evidence));
        }
        return List.of(table.build(null));
    }

    /** Events with their CAMEO code, Goldstein value and first evidence. */
    public static List<Report.Table> of(EventsResult result) {
        Report.Table.Builder table = Report.Table.builder("events", null, "date", "source_actor", "target_actor",
                "cameo", "goldstein", "description", "source", "evidence");
        for (Event event : result.events()) {
            Evidence evidence = event.evidence().isEmpty() ? null : event.evidence().get(0);
            table.row(event.date().toString(), event.source(), event.target(), event.cameoCode(), event.goldstein(),
                    event.description(), evidence == null ? null : evidence.sourceId(),
                    evidence == null ? null : EvidenceText.of(evidence));
        }
        table.note("Goldstein (1992) conflict-cooperation values, -10 to +10, from the bundled CAMEO codebook.");
        return List.of(table.build(null));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
