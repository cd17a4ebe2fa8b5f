package org.counterweight.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
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

/**
 * Reads the curated content of the knowledge base back as domain records. Methods taking a
 * {@code caseId} read that case's content only (its slot {@code case:<id>}, and the slots of the cases
 * it extends, its own entries standing in for theirs with the same id), or every case's when it is
 * null (an id held by several cases, one extending another, read once, from the first imported).
 */
public final class CaseQueries {
    private final StoreSession session;

    public CaseQueries(StoreSession session) {
        this.session = session;
    }

    /** The slots a case reads, its own first, then those of the cases it extends, in order. */
    static List<String> chain(java.sql.Connection connection, String caseId) {
        List<String> slots = new ArrayList<>();
        for (String next = caseId; next != null && !slots.contains(CaseImporter.slot(next)); ) {
            slots.add(CaseImporter.slot(next));
            List<String> bases = Sql.query(connection, "SELECT base FROM case_bases WHERE dataset = ?",
                    row -> row.getString(1), CaseImporter.slot(next));
            next = bases.isEmpty() ? null : bases.get(0);
        }
        return slots;
    }

    /**
     * The rows of a case's slots, one per {@code key} (the slot read first wins; for every case, the
     * row imported first): a condition and ordering to splice into a query, with its parameters.
     */
    private record Scope(String where, String rank, List<Object> parameters) {
        Object[] with(Object... first) {
            List<Object> all = new ArrayList<>(List.of(first));
            all.addAll(parameters);
            return all.toArray();
        }
    }

    private Scope scope(String caseId, String key) {
        if (caseId == null) {
            return new Scope("TRUE", " QUALIFY dense_rank() OVER (PARTITION BY " + key + " ORDER BY dataset_order) = 1",
                    List.of());
        }
        List<String> slots = chain(session.connection(), caseId);
        return new Scope("list_contains(?, dataset)", " QUALIFY dense_rank() OVER (PARTITION BY " + key
                + " ORDER BY list_position(?, dataset)) = 1", List.of(slots, slots));
    }

    /**
     * The table with each row's position ({@code row_order}) and its slot's import order
     * ({@code dataset_order}, for choosing among slots).
     */
    private static String ordered(String table) {
        return "(SELECT t.*, t.rowid AS row_order, (SELECT min(h.id) FROM import_history h WHERE h.dataset = t.dataset AND h.state = 'loaded')"
                + " AS dataset_order FROM " + table + " t)";
    }

    /** The ids of the cases stored, in order. */
    public List<String> caseIds() {
        return Sql.query(session.connection(), "SELECT dataset FROM imports WHERE kind = 'case' ORDER BY dataset",
                row -> row.getString(1).substring("case:".length()));
    }

    /** A source with the slot it was imported in and the resource holding its notes (datasets). */
    public record StoredSource(String dataset, Source source, String notesResource) {
    }

    /** Filters for {@link #claims}; null fields do not filter. */
    public record ClaimFilter(String actorId, String sourceId, ClaimKind kind, String caseId) {
    }

    /** The actors of a case (every case's when null), states first, by id. */
    public List<Actor> actors(String caseId) {
        Map<String, List<Alias>> aliases = new HashMap<>();
        Scope aliasScope = scope(caseId, "actor_id");
        Sql.query(session.connection(), "SELECT actor_id, alias, kind FROM " + ordered("actor_aliases") + " WHERE "
                + aliasScope.where() + aliasScope.rank() + " ORDER BY row_order", row -> aliases.computeIfAbsent(
                        row.getString("actor_id"), k -> new ArrayList<>()).add(new Alias(row.getString("alias"),
                                Labels.parse(AliasKind.class, row.getString("kind"), "kind"))), aliasScope.with());
        Scope scope = scope(caseId, "id");
        return Sql.query(session.connection(), "SELECT * FROM " + ordered("actors") + " WHERE " + scope.where()
                + scope.rank() + " ORDER BY kind DESC, id",
                row -> new Actor(row.getString("id"), Labels.parse(ActorKind.class, row.getString("kind"), "kind"),
                        row.getString("name"), Sql.integer(row, "cow"), Sql.integer(row, "gw"), row.getString("cameo"),
                        aliases.getOrDefault(row.getString("id"), List.of())), scope.with());
    }

    /** Every source (every dataset's and case's, all cases). */
    public List<StoredSource> sources() {
        return sources(null);
    }

    /**
     * The sources a case may cite: every dataset's, and those of the case and the cases it extends
     * (every case's when {@code caseId} is null).
     */
    public List<StoredSource> sources(String caseId) {
        List<String> slots = caseId == null ? null : chain(session.connection(), caseId);
        String where = caseId == null ? "" : " WHERE dataset NOT LIKE 'case:%' OR list_contains(?, dataset)";
        Object[] parameters = caseId == null ? new Object[0] : new Object[] {slots};
        return Sql.query(session.connection(), "SELECT * FROM sources" + where + " ORDER BY kind, id", row -> new StoredSource(
                row.getString("dataset"), new Source(row.getString("id"),
                        Labels.parse(SourceKind.class, row.getString("kind"), "kind"), row.getString("title"),
                        Sql.split(row.getString("authors")).isEmpty() ? List.of()
                                : List.of(row.getString("authors").split("; ")),
                        row.getString("publisher"), date(row.getString("date")), row.getString("version"),
                        row.getString("url"), row.getString("citation"), row.getString("terms")),
                row.getString("notes_resource")), parameters);
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parse(text);
    }

    private Map<String, List<Evidence>> evidence(String ownerKind, String caseId) {
        Map<String, List<Evidence>> byOwner = new HashMap<>();
        Scope scope = scope(caseId, "owner_id");
        Sql.query(session.connection(), "SELECT * FROM " + ordered("evidence") + " WHERE owner_kind = ? AND "
                + scope.where() + scope.rank() + " ORDER BY owner_id, position", row -> byOwner.computeIfAbsent(
                        row.getString("owner_id"), k -> new ArrayList<>()).add(new Evidence(row.getString("source_id"),
                                row.getString("quote"), row.getString("locator"), Labels.parse(Supports.class,
                                        row.getString("supports"), "supports"))), scope.with(ownerKind));
        return byOwner;
    }

    /**
     * Claims matching the filter, in case-file order, each with the evidence of its own slot. A claim
     * belongs to the case that states it (its {@code case_id}): a case does not take over the claims of
     * the case it extends.
     */
    public List<Claim> claims(ClaimFilter filter) {
        Map<String, List<Evidence>> evidence = new HashMap<>();
        Sql.query(session.connection(), "SELECT * FROM evidence WHERE owner_kind = 'claim' ORDER BY owner_id, position",
                row -> evidence.computeIfAbsent(row.getString("dataset") + "\u0000" + row.getString("owner_id"),
                        k -> new ArrayList<>()).add(new Evidence(row.getString("source_id"), row.getString("quote"),
                                row.getString("locator"), Labels.parse(Supports.class, row.getString("supports"),
                                        "supports"))));
        List<Claim> claims = Sql.query(session.connection(), "SELECT * FROM claims WHERE case_id = coalesce(?, case_id)"
                + " ORDER BY rowid", row -> claim(row, evidence.getOrDefault(row.getString("dataset") + "\u0000"
                        + row.getString("id"), List.of())), filter.caseId());
        return claims.stream()
                .filter(c -> filter.actorId() == null || c.subjects().contains(filter.actorId())
                        || c.objects().contains(filter.actorId()))
                .filter(c -> filter.sourceId() == null
                        || c.evidence().stream().anyMatch(e -> e.sourceId().equals(filter.sourceId())))
                .filter(c -> filter.kind() == null || c.kind() == filter.kind())
                .toList();
    }

    private static Claim claim(ResultSet row, List<Evidence> evidence) throws SQLException {
        String from = row.getString("when_from");
        Double amount = Sql.number(row, "value_amount");
        return new Claim(row.getString("id"), row.getString("case_id"),
                Labels.parse(ClaimKind.class, row.getString("kind"), "kind"), Sql.split(row.getString("subjects")),
                row.getString("predicate"), Sql.split(row.getString("objects")),
                from == null ? null : new TimeSpan(PartialDate.parse(from), date(row.getString("when_to"))),
                amount == null ? null : new Quantity(amount, row.getString("value_unit")),
                row.getString("attributed_to"), evidence,
                Labels.parse(ClaimStatus.class, row.getString("status"), "status"), row.getDouble("confidence"));
    }

    /** Memberships of a case (every case's when null), with their evidence, in case-file order. */
    public List<Membership> memberships(String caseId) {
        Map<String, List<Evidence>> evidence = evidence("membership", caseId);
        Scope scope = scope(caseId, "id");
        return Sql.query(session.connection(), "SELECT * FROM " + ordered("memberships") + " WHERE " + scope.where()
                + scope.rank() + " ORDER BY row_order",
                row -> new Membership(
                row.getString("member"), row.getString("organisation"),
                Labels.parse(MembershipRole.class, row.getString("role"), "role"),
                new TimeSpan(PartialDate.parse(row.getString("from_date")), date(row.getString("to_date"))),
                evidence.getOrDefault(row.getString("id"), List.of())), scope.with());
    }

    /** Events of a case (every case's when null), with their evidence, by date. */
    public List<Event> events(String caseId) {
        Map<String, List<Evidence>> evidence = evidence("event", caseId);
        Scope scope = scope(caseId, "id");
        return Sql.query(session.connection(), "SELECT * FROM " + ordered("events") + " WHERE " + scope.where()
                + scope.rank() + " ORDER BY date, row_order",
                row -> new Event(
                PartialDate.parse(row.getString("date")), row.getString("source_actor"), row.getString("target_actor"),
                row.getString("cameo"), row.getDouble("goldstein"), row.getString("description"),
                evidence.getOrDefault(row.getString("id"), List.of())), scope.with());
    }

    /**
     * Accepts or rejects a machine-proposed claim. Curated claims cannot be reviewed.
     *
     * @return false when no reviewable claim has this id
     */
    public boolean review(String claimId, ClaimStatus decision) {
        if (decision != ClaimStatus.ACCEPTED && decision != ClaimStatus.REJECTED) {
            throw new IllegalArgumentException("a review accepts or rejects, got " + decision);
        }
        try (java.sql.PreparedStatement update = session.connection().prepareStatement(
                "UPDATE claims SET status = ? WHERE id = ? AND status IN ('proposed', 'accepted', 'rejected')")) {
            update.setString(1, Labels.label(decision));
            update.setString(2, claimId);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot review claim " + claimId + ": " + e.getMessage(), e);
        }
    }

    /** Relations of a case (every case's when null), with their evidence, in case-file order. */
    public List<Relation> relations(String caseId) {
        Map<String, List<Evidence>> evidence = evidence("relation", caseId);
        Scope scope = scope(caseId, "id");
        return Sql.query(session.connection(), "SELECT * FROM " + ordered("relations") + " WHERE " + scope.where()
                + scope.rank() + " ORDER BY row_order",
                row -> new Relation(
                row.getString("id"), row.getString("a"), row.getString("b"),
                Labels.parse(RelationType.class, row.getString("type"), "type"),
                row.getInt("sign") > 0 ? Sign.POSITIVE : Sign.NEGATIVE, row.getDouble("strength"),
                new TimeSpan(PartialDate.parse(row.getString("from_date")), date(row.getString("to_date"))),
                row.getString("note"), evidence.getOrDefault(row.getString("id"), List.of())), scope.with());
    }

    /**
     * Agreements of a case (every case's when null) involving {@code actorId} (all when null) active
     * at some time in [from, to] (unbounded when null), ordered by signing date, each with its aliases
     * in case-file order.
     */
    public List<Agreement> agreements(String caseId, String actorId, Integer from, Integer to) {
        Map<String, List<Evidence>> evidence = evidence("agreement", caseId);
        Map<String, List<String>> aliases = new HashMap<>();
        Scope aliasScope = scope(caseId, "agreement_id");
        Sql.query(session.connection(), "SELECT agreement_id, alias FROM " + ordered("agreement_aliases") + " WHERE "
                + aliasScope.where() + aliasScope.rank() + " ORDER BY agreement_id, position",
                row -> aliases.computeIfAbsent(row.getString("agreement_id"), k -> new ArrayList<>())
                        .add(row.getString("alias")), aliasScope.with());
        Scope scope = scope(caseId, "id");
        return Sql.query(session.connection(), "SELECT * FROM " + ordered("agreements") + " WHERE " + scope.where()
                + scope.rank(), row -> new Agreement(row.getString("id"),
                        row.getString("name"), row.getString("short_name"),
                        aliases.getOrDefault(row.getString("id"), List.of()),
                        AgreementType.fromLabel(row.getString("type")), Sql.split(row.getString("parties")),
                        date(row.getString("announced")), date(row.getString("signed")), date(row.getString("in_force")),
                        date(row.getString("lapsed")), row.getString("description"),
                        evidence.getOrDefault(row.getString("id"), List.of())), scope.with())
                .stream()
                .filter(a -> actorId == null || a.involves(actorId))
                .filter(a -> to == null || a.firstDate().year() <= to)
                .filter(a -> from == null || a.lapsed() == null || a.lapsed().year() >= from)
                .sorted(java.util.Comparator.comparing(Agreement::firstDate).thenComparing(Agreement::id))
                .toList();
    }
}
