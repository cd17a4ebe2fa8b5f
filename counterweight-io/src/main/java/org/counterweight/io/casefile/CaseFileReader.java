package org.counterweight.io.casefile;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Event;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.Membership;
import org.counterweight.core.model.MembershipRole;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.model.Quantity;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.RelationType;
import org.counterweight.core.model.Sign;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.core.model.Supports;
import org.counterweight.core.model.TimeSpan;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.yaml.YamlNode;

/**
 * Reads a case file (format: {@code docs/case-file-format.md}).
 *
 * <p>Checks beyond the model's own validation: every actor referred to is declared in the file;
 * every source cited is declared or is one of the known dataset sources; every quote from a source
 * with a bundled text occurs in it verbatim ({@link QuoteMatcher}); every CAMEO code is in the
 * codebook; an agreement's aliases are not blank, not repeated, not another agreement's alias and
 * not another agreement's name or short name (compared case-sensitively, as they are matched); a
 * person is listed for one actor only, once; evidence says it supports the start or the end of a
 * period only in entries that have one (relations, memberships), and a relation that ends has a
 * source for its end (evidence with {@code supports: end}). The first problem found is reported with
 * its file, line and field.
 */
public final class CaseFileReader {
    private static final Set<String> TOP_KEYS = Set.of("case", "extends", "replaces", "title", "description",
            "sources", "actors",
            "agreements", "memberships", "relations", "events", "claims");

    /** The largest quantity a claim may state, in its unit: a thousand trillion. */
    static final double MAX_AMOUNT = 1e15;

    private final Set<String> knownSourceIds;
    private final Function<String, OptionalDouble> goldsteinOfCameoCode;
    private final Function<String, Optional<String>> siblingText;

    /**
     * @param knownSourceIds       sources a case may cite without declaring them (bundled datasets)
     * @param goldsteinOfCameoCode the codebook: Goldstein value of a CAMEO event code, empty if unknown
     * @param siblingText          the text of a file named relative to the case file, if it exists
     */
    public CaseFileReader(Set<String> knownSourceIds, Function<String, OptionalDouble> goldsteinOfCameoCode,
            Function<String, Optional<String>> siblingText) {
        this.knownSourceIds = Set.copyOf(knownSourceIds);
        this.goldsteinOfCameoCode = goldsteinOfCameoCode;
        this.siblingText = siblingText;
    }

    public CaseFile read(Reader input, String fileName) {
        YamlNode root = YamlNode.parse(input, fileName).requireKeys(TOP_KEYS);
        String caseId = root.text("case");
        Parse parse = new Parse(caseId);
        List<Source> sources = new ArrayList<>();
        for (YamlNode node : root.list("sources")) {
            sources.add(parse.source(node));
        }
        List<Actor> actors = new ArrayList<>();
        for (YamlNode node : root.list("actors")) {
            actors.add(parse.actor(node));
        }
        List<Agreement> agreements = root.list("agreements").stream().map(parse::agreement).toList();
        parse.checkAliasesAcrossAgreements(agreements);
        List<Membership> memberships = root.list("memberships").stream().map(parse::membership).toList();
        List<Relation> relations = root.list("relations").stream().map(parse::relation).toList();
        List<Event> events = root.list("events").stream().map(parse::event).toList();
        List<Claim> claims = root.list("claims").stream().map(parse::claim).toList();
        return root.build(() -> new CaseFile(caseId, root.text("title"), root.optionalText("description").orElse(null),
                sources, actors, agreements, memberships, relations, events, claims,
                root.optionalText("extends").orElse(null), root.optionalText("replaces").orElse(null)));
    }

    /** One alias of an agreement and where it was written. */
    private record AgreementAlias(String agreementId, String text, YamlNode node) {
    }

    /** One person listed for an actor and where it was written. */
    private record Person(String actorId, YamlNode node) {
    }

    /** State of one read: what has been declared so far. */
    private final class Parse {
        private final String caseId;
        private final List<AgreementAlias> agreementAliases = new ArrayList<>();
        private final Map<String, Person> people = new HashMap<>();
        private final Set<String> actorIds = new HashSet<>();
        private final Set<String> sourceIds = new HashSet<>(knownSourceIds);
        private final Map<String, QuoteMatcher> sourceTexts = new HashMap<>();
        private final Set<String> ids = new HashSet<>();

        Parse(String caseId) {
            this.caseId = caseId;
        }

        private void unique(YamlNode node, String key) {
            YamlNode idNode = node.required(key);
            if (!ids.add(idNode.text())) {
                throw idNode.error("duplicate id '" + idNode.text() + "'");
            }
        }

        Source source(YamlNode node) {
            node.requireKeys(Set.of("id", "kind", "title", "authors", "publisher", "date", "version", "url",
                    "citation", "terms", "file", "note"));
            unique(node, "id");
            Source source = node.build(() -> new Source(node.text("id"),
                    node.as("kind", k -> Labels.parse(SourceKind.class, k, "source kind")), node.text("title"),
                    node.texts("authors"), node.optionalText("publisher").orElse(null),
                    node.optionalAs("date", PartialDate::parse).orElse(null),
                    node.optionalText("version").orElse(null), node.optionalText("url").orElse(null),
                    node.optionalText("citation").orElse(null), node.optionalText("terms").orElse(null)));
            Optional<YamlNode> file = node.get("file");
            if (file.isPresent()) {
                String text = siblingText.apply(file.get().text())
                        .orElseThrow(() -> file.get().error("no such file next to the case file: " + file.get().text()));
                sourceTexts.put(source.id(), new QuoteMatcher(text));
            }
            sourceIds.add(source.id());
            return source;
        }

        Actor actor(YamlNode node) {
            node.requireKeys(Set.of("id", "kind", "name", "cow", "gw", "cameo", "aliases", "note"));
            unique(node, "id");
            List<Alias> aliases = new ArrayList<>();
            node.get("aliases").ifPresent(a -> {
                a.requireKeys(Set.of("names", "abbreviations", "metonyms", "adjectives", "combining", "people"));
                addAliases(aliases, a, "names", AliasKind.NAME);
                addAliases(aliases, a, "abbreviations", AliasKind.ABBREVIATION);
                addAliases(aliases, a, "metonyms", AliasKind.METONYM);
                addAliases(aliases, a, "adjectives", AliasKind.ADJECTIVE);
                addAliases(aliases, a, "combining", AliasKind.COMBINING);
                addPeople(aliases, a, node.text("id"));
            });
            Actor actor = node.build(() -> new Actor(node.text("id"),
                    node.as("kind", k -> Labels.parse(ActorKind.class, k, "actor kind")), node.text("name"),
                    node.optionalInteger("cow", 1, 999).orElse(null),
                    node.optionalInteger("gw", 1, 999).orElse(null),
                    node.optionalText("cameo").orElse(null), aliases));
            actorIds.add(actor.id());
            return actor;
        }

        private void addAliases(List<Alias> aliases, YamlNode node, String key, AliasKind kind) {
            for (YamlNode alias : node.list(key)) {
                aliases.add(alias.build(() -> new Alias(alias.text(), kind)));
            }
        }

        /**
         * The people of one actor, each written once in the whole case file: a person who spoke
         * for two actors could not be resolved to either.
         */
        private void addPeople(List<Alias> aliases, YamlNode node, String actorId) {
            for (YamlNode person : node.list("people")) {
                Alias alias = person.build(() -> new Alias(person.text(), AliasKind.PERSON));
                Person first = people.putIfAbsent(alias.text(), new Person(actorId, person));
                if (first != null) {
                    throw person.error("person '" + alias.text() + "' is already listed for actor '" + first.actorId()
                            + "' (line " + first.node().line() + ")");
                }
                aliases.add(alias);
            }
        }

        private String actorRef(YamlNode node) {
            String id = node.text();
            if (!actorIds.contains(id)) {
                throw node.error("unknown actor '" + id + "': declare it under actors");
            }
            return id;
        }

        private String actorRef(YamlNode node, String key) {
            return actorRef(node.required(key));
        }

        private List<String> actorRefs(YamlNode node, String key) {
            return node.list(key).stream().map(this::actorRef).toList();
        }

        private List<Evidence> evidence(YamlNode node) {
            return evidence(node, false);
        }

        /**
         * The evidence of an entry; {@code periodic}: the entry has a period, so its evidence may
         * support the period's start or end rather than the entry's existence.
         */
        private List<Evidence> evidence(YamlNode node, boolean periodic) {
            List<Evidence> evidence = new ArrayList<>();
            for (YamlNode item : node.list("evidence")) {
                item.requireKeys(Set.of("source", "quote", "locator", "supports", "note"));
                YamlNode sourceNode = item.required("source");
                String sourceId = sourceNode.text();
                if (!sourceIds.contains(sourceId)) {
                    throw sourceNode.error("unknown source '" + sourceId + "': declare it under sources");
                }
                Optional<String> quote = item.optionalText("quote");
                QuoteMatcher text = sourceTexts.get(sourceId);
                if (quote.isPresent() && text != null && !text.contains(quote.get())) {
                    throw item.required("quote").error("quote not found verbatim in the text of " + sourceId);
                }
                Supports supports = item.optionalAs("supports", t -> Labels.parse(Supports.class, t, "supports"))
                        .orElse(Supports.EXISTENCE);
                if (supports != Supports.EXISTENCE && !periodic) {
                    throw item.required("supports").error("supports: " + Labels.label(supports) + " applies only to"
                            + " entries with a period (relations, memberships); here evidence supports the entry");
                }
                evidence.add(item.build(() -> new Evidence(sourceId, quote.orElse(null),
                        item.optionalText("locator").orElse(null), supports)));
            }
            if (evidence.isEmpty()) {
                throw new InputFormatException(node.file(), node.line(), node.path() + ".evidence",
                        "at least one piece of evidence (source and quote or locator) is required");
            }
            return evidence;
        }

        /** A span {@code {from: D, to: D}}, or a bare date meaning that date alone. */
        private TimeSpan span(YamlNode node) {
            if (node.isScalar()) {
                PartialDate date = node.convert(PartialDate::parse);
                return new TimeSpan(date, date);
            }
            node.requireKeys(Set.of("from", "to"));
            return node.build(() -> new TimeSpan(node.as("from", PartialDate::parse),
                    node.optionalAs("to", PartialDate::parse).orElse(null)));
        }

        Agreement agreement(YamlNode node) {
            node.requireKeys(Set.of("id", "name", "short", "aliases", "type", "parties", "announced", "signed",
                    "in_force", "lapsed", "description", "evidence", "note"));
            unique(node, "id");
            List<AgreementAlias> aliases = aliases(node);
            List<String> parties = actorRefs(node, "parties");
            List<Evidence> evidence = evidence(node);
            Agreement agreement = node.build(() -> new Agreement(node.text("id"), node.text("name"),
                    node.optionalText("short").orElse(null), aliases.stream().map(AgreementAlias::text).toList(),
                    node.as("type", AgreementType::fromLabel), parties,
                    node.optionalAs("announced", PartialDate::parse).orElse(null),
                    node.optionalAs("signed", PartialDate::parse).orElse(null),
                    node.optionalAs("in_force", PartialDate::parse).orElse(null),
                    node.optionalAs("lapsed", PartialDate::parse).orElse(null),
                    node.optionalText("description").orElse(null), evidence));
            agreementAliases.addAll(aliases);
            return agreement;
        }

        /** The aliases of one agreement, each non-blank and written once. */
        private List<AgreementAlias> aliases(YamlNode agreement) {
            String id = agreement.text("id");
            List<AgreementAlias> aliases = new ArrayList<>();
            for (YamlNode node : agreement.list("aliases")) {
                String text = node.text().strip();
                if (text.isEmpty()) {
                    throw node.error("an alias must not be blank");
                }
                if (aliases.stream().anyMatch(a -> a.text().equals(text))) {
                    throw node.error("duplicate alias '" + text + "' of agreement '" + id + "'");
                }
                aliases.add(new AgreementAlias(id, text, node));
            }
            return aliases;
        }

        /**
         * Rejects an alias that two agreements share or that is another agreement's name or short
         * name: the gazetteer could not tell which agreement it stands for.
         */
        void checkAliasesAcrossAgreements(List<Agreement> agreements) {
            Map<String, AgreementAlias> seen = new HashMap<>();
            for (AgreementAlias alias : agreementAliases) {
                for (Agreement other : agreements) {
                    if (other.id().equals(alias.agreementId())) {
                        continue;
                    }
                    if (alias.text().equals(other.name())) {
                        throw alias.node().error("alias '" + alias.text() + "' is the name of agreement '" + other.id()
                                + "'");
                    }
                    if (alias.text().equals(other.shortName())) {
                        throw alias.node().error("alias '" + alias.text() + "' is the short name of agreement '"
                                + other.id() + "'");
                    }
                }
                AgreementAlias first = seen.putIfAbsent(alias.text(), alias);
                if (first != null) {
                    throw alias.node().error("alias '" + alias.text() + "' is already an alias of agreement '"
                            + first.agreementId() + "' (line " + first.node().line() + ")");
                }
            }
        }

        Membership membership(YamlNode node) {
            node.requireKeys(Set.of("member", "organisation", "role", "from", "to", "evidence", "note"));
            String member = actorRef(node, "member");
            String organisation = actorRef(node, "organisation");
            List<Evidence> evidence = evidence(node, true);
            return node.build(() -> new Membership(member, organisation,
                    node.as("role", r -> Labels.parse(MembershipRole.class, r, "role")),
                    new TimeSpan(node.as("from", PartialDate::parse), node.optionalAs("to", PartialDate::parse).orElse(null)),
                    evidence));
        }

        Relation relation(YamlNode node) {
            node.requireKeys(Set.of("id", "a", "b", "type", "sign", "strength", "period", "note", "evidence"));
            unique(node, "id");
            String a = actorRef(node, "a");
            String b = actorRef(node, "b");
            YamlNode periodNode = node.required("period");
            TimeSpan period = span(periodNode);
            List<Evidence> evidence = evidence(node, true);
            if (period.end().isPresent() && evidence.stream().noneMatch(e -> e.supports() == Supports.END)) {
                YamlNode to = periodNode.isScalar() ? periodNode : periodNode.required("to");
                throw to.error("the relation ends (" + period.to() + ") but no evidence dates its end: add an"
                        + " evidence entry with supports: end (the source of the end date)");
            }
            return node.build(() -> new Relation(node.text("id"), a, b,
                    node.as("type", t -> Labels.parse(RelationType.class, t, "relation type")),
                    node.as("sign", s -> Labels.parse(Sign.class, s, "sign")), node.number("strength", 0, 1),
                    period, node.optionalText("note").orElse(null), evidence));
        }

        Event event(YamlNode node) {
            node.requireKeys(Set.of("date", "source", "target", "cameo", "description", "evidence", "note"));
            String source = actorRef(node, "source");
            String target = actorRef(node, "target");
            YamlNode cameo = node.required("cameo");
            OptionalDouble goldstein = goldsteinOfCameoCode.apply(cameo.text());
            if (goldstein.isEmpty()) {
                throw cameo.error("unknown CAMEO event code '" + cameo.text() + "'");
            }
            List<Evidence> evidence = evidence(node);
            return node.build(() -> new Event(node.as("date", PartialDate::parse), source, target, cameo.text(),
                    goldstein.getAsDouble(), node.optionalText("description").orElse(null), evidence));
        }

        Claim claim(YamlNode node) {
            node.requireKeys(Set.of("id", "kind", "subjects", "predicate", "objects", "when", "value",
                    "attributed_to", "evidence", "note"));
            unique(node, "id");
            List<String> subjects = actorRefs(node, "subjects");
            List<String> objects = actorRefs(node, "objects");
            TimeSpan when = node.get("when").map(this::span).orElse(null);
            Quantity value = node.get("value").map(v -> {
                v.requireKeys(Set.of("amount", "unit"));
                return v.build(() -> new Quantity(v.number("amount", -MAX_AMOUNT, MAX_AMOUNT), v.text("unit")));
            }).orElse(null);
            List<Evidence> evidence = evidence(node);
            return node.build(() -> new Claim(node.text("id"), caseId,
                    node.as("kind", k -> Labels.parse(ClaimKind.class, k, "claim kind")), subjects,
                    node.text("predicate"), objects, when, value, node.optionalText("attributed_to").orElse(null),
                    evidence, ClaimStatus.CURATED, 1.0));
        }
    }
}
