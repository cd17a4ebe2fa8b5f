package org.counterweight.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Event;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.Membership;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Source;

/** Writes a validated case file into the knowledge base as slot {@code case:<id>}. */
public final class CaseImporter {
    private record ActorAlias(String actorId, Alias alias) {
    }

    private record OwnedEvidence(String ownerKind, String ownerId, int position, Evidence evidence) {
    }

    private record Party(String agreementId, String actorId, int position) {
    }

    private record AgreementAlias(String agreementId, String alias, int position) {
    }

    private record Identified<T>(String id, T value) {
    }

    static final Table<Source> SOURCES = new Table<>("sources", (s, row) -> row.text(s.id())
            .text(Labels.label(s.kind())).text(s.title()).text(String.join("; ", s.authors())).text(s.publisher())
            .text(s.date() == null ? null : s.date().toString()).text(s.version()).text(s.url())
            .text(s.citationText()).text(s.terms()).text(null));

    private static final Table<Actor> ACTORS = new Table<>("actors", (a, row) -> row.text(a.id())
            .text(Labels.label(a.kind())).text(a.name()).integer(a.cowCode()).integer(a.gwCode()).text(a.cameoCode()));

    private static final Table<ActorAlias> ALIASES = new Table<>("actor_aliases", (a, row) -> row.text(a.actorId())
            .text(a.alias().text()).text(Labels.label(a.alias().kind())));

    private static final Table<OwnedEvidence> EVIDENCE = new Table<>("evidence", (e, row) -> row.text(e.ownerKind())
            .text(e.ownerId()).integer(e.position()).text(e.evidence().sourceId()).text(e.evidence().quote())
            .text(e.evidence().locator()).text(Labels.label(e.evidence().supports())));

    private static final Table<Agreement> AGREEMENTS = new Table<>("agreements", (a, row) -> row.text(a.id())
            .text(a.name()).text(a.shortName()).text(a.type().label()).text(String.join(",", a.parties()))
            .text(text(a.announced())).text(text(a.signed())).integer(a.signed() == null ? null : a.signed().year())
            .text(a.inForce() == null ? null : a.inForce().toString())
            .text(a.lapsed() == null ? null : a.lapsed().toString())
            .integer(a.lapsed() == null ? null : a.lapsed().year()).text(a.description()));

    private static final Table<AgreementAlias> AGREEMENT_ALIASES = new Table<>("agreement_aliases", (a, row) -> row
            .text(a.agreementId()).text(a.alias()).integer(a.position()));

    private static final Table<Party> PARTIES = new Table<>("agreement_parties", (p, row) -> row.text(p.agreementId())
            .text(p.actorId()).integer(p.position()));

    private static final Table<Identified<Membership>> MEMBERSHIPS = new Table<>("memberships", (m, row) -> row
            .text(m.id()).text(m.value().member()).text(m.value().organisation()).text(Labels.label(m.value().role()))
            .text(m.value().period().from().toString()).integer(m.value().period().from().year())
            .text(m.value().period().end().map(Object::toString).orElse(null))
            .integer(m.value().period().end().map(d -> d.year()).orElse(null)));

    private static final Table<Relation> RELATIONS = new Table<>("relations", (r, row) -> row.text(r.id()).text(r.a())
            .text(r.b()).text(Labels.label(r.type())).integer(r.sign().value()).number(r.strength())
            .text(r.period().from().toString()).integer(r.period().from().year())
            .text(r.period().end().map(Object::toString).orElse(null))
            .integer(r.period().end().map(d -> d.year()).orElse(null)).text(r.note()));

    private static final Table<Identified<Event>> EVENTS = new Table<>("events", (e, row) -> row.text(e.id())
            .text(e.value().date().toString()).integer(e.value().date().year()).text(e.value().source())
            .text(e.value().target()).text(e.value().cameoCode()).number(e.value().goldstein())
            .text(e.value().description()));

    private static final Table<Claim> CLAIMS = new Table<>("claims", (c, row) -> row.text(c.id()).text(c.caseId())
            .text(Labels.label(c.kind())).text(String.join(",", c.subjects())).text(c.predicate())
            .text(String.join(",", c.objects())).text(c.when() == null ? null : c.when().from().toString())
            .text(c.when() == null ? null : c.when().end().map(Object::toString).orElse(null))
            .number(c.value() == null ? null : c.value().amount()).text(c.value() == null ? null : c.value().unit())
            .text(c.attributedTo()).text(Labels.label(c.status())).number(c.confidence()));

    private static final Table<CaseFile> CASE_BASES = new Table<>("case_bases", (c, row) -> row.text(c.id())
            .text(c.extendsCase()));

    private CaseImporter() {
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Where a case file declares an entry: the line of the id under a top-level field, 0 when unknown. */
    @FunctionalInterface
    public interface EntryLines {
        /** No lines known (a case built in memory, such as an ingested article's). */
        EntryLines NONE = (field, id) -> 0;

        long of(String field, String id);
    }

    /** The slot a case is stored in. */
    public static String slot(String caseId) {
        return "case:" + caseId;
    }

    /**
     * Imports the case unless content with the same hash is already stored, after checking its ids
     * against the store ({@link CaseNamespace}): a clash with another case or a dataset is refused
     * unless the case extends or replaces it.
     *
     * @param sha256 hash of everything the case was read from
     * @param lines  where the file declares each entry, for errors
     */
    public static ImportResult importCase(KnowledgeBase store, CaseFile caseFile, String fileName, String sha256,
            EntryLines lines) {
        String slot = slot(caseFile.id());
        Optional<ImportBatch> started = store.beginImport(new ImportBatch.Origin(slot, "case", null, null, fileName,
                sha256, sha256));
        if (started.isEmpty()) {
            return new ImportResult(slot, false, 0);
        }
        try (ImportBatch batch = started.get()) {
            try (StoreSession session = store.openSession()) {
                CaseNamespace.check(session.connection(), caseFile, fileName, lines);
            }
            if (caseFile.replacesCase() != null) {
                batch.alsoReplacing(slot(caseFile.replacesCase()));
            }
            if (caseFile.extendsCase() != null) {
                batch.stage(CASE_BASES, sink -> sink.accept(caseFile));
            }
            batch.stage(SOURCES, sink -> caseFile.sources().forEach(sink));
            batch.stage(ACTORS, sink -> caseFile.actors().forEach(sink));
            batch.stage(ALIASES, sink -> caseFile.actors()
                    .forEach(a -> a.aliases().forEach(alias -> sink.accept(new ActorAlias(a.id(), alias)))));
            batch.stage(AGREEMENTS, sink -> caseFile.agreements().forEach(sink));
            batch.stage(AGREEMENT_ALIASES, sink -> caseFile.agreements().forEach(a -> {
                for (int i = 0; i < a.aliases().size(); i++) {
                    sink.accept(new AgreementAlias(a.id(), a.aliases().get(i), i));
                }
            }));
            batch.stage(PARTIES, sink -> caseFile.agreements().forEach(a -> {
                for (int i = 0; i < a.parties().size(); i++) {
                    sink.accept(new Party(a.id(), a.parties().get(i), i));
                }
            }));
            List<Identified<Membership>> memberships = caseFile.memberships().stream()
                    .map(m -> new Identified<>(m.member() + "-" + m.organisation() + "-" + Labels.label(m.role()) + "-"
                            + m.period().from(), m)).toList();
            List<Identified<Event>> events = caseFile.events().stream()
                    .map(e -> new Identified<>(e.date() + "-" + e.source() + "-" + e.target() + "-" + e.cameoCode(), e))
                    .collect(Collectors.toList());
            batch.stage(MEMBERSHIPS, sink -> memberships.forEach(sink));
            batch.stage(RELATIONS, sink -> caseFile.relations().forEach(sink));
            batch.stage(EVENTS, sink -> events.forEach(sink));
            batch.stage(CLAIMS, sink -> caseFile.claims().forEach(sink));
            batch.stage(EVIDENCE, sink -> {
                caseFile.agreements().forEach(a -> own(sink, "agreement", a.id(), a.evidence()));
                memberships.forEach(m -> own(sink, "membership", m.id(), m.value().evidence()));
                caseFile.relations().forEach(r -> own(sink, "relation", r.id(), r.evidence()));
                events.forEach(e -> own(sink, "event", e.id(), e.value().evidence()));
                caseFile.claims().forEach(c -> own(sink, "claim", c.id(), c.evidence()));
            });
            return batch.commit();
        }
    }

    private static void own(java.util.function.Consumer<OwnedEvidence> sink, String kind, String id,
            List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            sink.accept(new OwnedEvidence(kind, id, i, evidence.get(i)));
        }
    }
}
