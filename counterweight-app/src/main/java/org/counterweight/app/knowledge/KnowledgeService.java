package org.counterweight.app.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.SourceKind;
import org.counterweight.core.model.TimeSpan;
import org.counterweight.store.CaseQueries;
import org.counterweight.store.CaseQueries.ClaimFilter;

/**
 * The curated knowledge of a case: actors and the resolution of what people call them (ids, COW codes,
 * names, metonyms such as "the Kremlin", people such as "Modi", compounds such as "Sino-Pak"),
 * agreements with the sources of their dates, claims with their quotes and their review, relations,
 * memberships and CAMEO-coded events (Goldstein 1992 values from the bundled codebook). Each query
 * reads one case; actors named in a request are resolved among the case's actors and then the states
 * of the country-code crosswalk.
 */
public final class KnowledgeService {
    private final Workbench workbench;

    public KnowledgeService(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The case's actors, every state as well, or the actors a name refers to. */
    public ActorsResult actors(ActorsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            if (request.resolve() != null) {
                List<Actor> actors = work.directory(caseId).resolveCompound(request.resolve());
                if (actors.isEmpty()) {
                    // a state of the COW list by a name of its own ("Yugoslavia", "East Germany"), or the closest names
                    actors = List.of(work.actor(caseId, request.resolve(), "resolve"));
                }
                return new ActorsResult(caseId, request.resolve(), actors);
            }
            return new ActorsResult(caseId, null, request.all() ? List.copyOf(work.directory(caseId).all())
                    : work.cases().actors(caseId.value()));
        }
    }

    /** The case's agreements by first date, with the evidence of their dates and of the case's articles. */
    public AgreementsResult agreements(AgreementsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            String actorId = actorId(work, caseId, request.actor());
            Map<String, SourceKind> kinds = work.cases().sources().stream()
                    .collect(Collectors.toMap(s -> s.source().id(), s -> s.source().kind(), (a, b) -> a));
            YearRange years = request.years();
            return new AgreementsResult(caseId, work.cases().agreements(caseId.value(), actorId, years.from(),
                    years.to()).stream().map(agreement -> {
                        List<Evidence> evidence = agreement.evidence();
                        Optional<Evidence> article = evidence.stream()
                                .filter(e -> kinds.get(e.sourceId()) == SourceKind.ARTICLE).findFirst();
                        Evidence dated = evidence.stream().filter(e -> kinds.get(e.sourceId()) != SourceKind.ARTICLE)
                                .findFirst().orElse(evidence.get(0));
                        return new AgreementsResult.DatedAgreement(agreement, dated, article);
                    }).toList());
        }
    }

    /** The case's claims that match the request, each with the quote from the source asked for. */
    /**
     * The claims of a case; proposed claims (when asked for by status) come least confident first, the
     * order in which a reviewer should read them.
     */
    public ClaimsResult claims(ClaimsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            String actorId = actorId(work, caseId, request.actor());
            String source = request.source();
            if (source != null && work.cases().sources().stream().noneMatch(s -> s.source().id().equals(source))) {
                throw new InvalidRequestException("source", "unknown source '" + source
                        + "': no source of the knowledge base has this id");
            }
            List<Claim> claims = work.cases().claims(new ClaimFilter(actorId, source, request.kind(), caseId.value()));
            Comparator<Claim> order = request.status() == ClaimStatus.PROPOSED
                    ? Comparator.comparingDouble(Claim::confidence) // the least sure first: review them before the rest
                    : (a, b) -> 0;
            return new ClaimsResult(caseId, claims.stream()
                    .filter(c -> request.status() == null || c.status() == request.status())
                    .sorted(order)
                    .map(c -> new ClaimsResult.QuotedClaim(c, c.evidence().stream()
                            .filter(e -> source == null || e.sourceId().equals(source)).findFirst()
                            .orElse(c.evidence().get(0))))
                    .toList());
        }
    }

    /**
     * Accepts or rejects proposed claims, all or none: when one id names no proposed (or already
     * reviewed) claim, nothing changes.
     */
    public ClaimReviewResult review(ClaimReviewRequest request) {
        return workbench.store().write(session -> {
            CaseQueries cases = new CaseQueries(session);
            for (String id : request.ids()) {
                if (!cases.review(id, request.decision())) {
                    throw new InvalidRequestException("id", "no proposed claim '" + id
                            + "' (curated claims are not reviewed)");
                }
            }
            return new ClaimReviewResult(request.ids(), request.decision());
        });
    }

    /** The case's relations of an actor or holding in some year of the range. */
    public RelationsResult relations(RelationsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            String actorId = actorId(work, caseId, request.actor());
            return new RelationsResult(caseId, work.cases().relations(caseId.value()).stream()
                    .filter(r -> actorId == null || r.a().equals(actorId) || r.b().equals(actorId))
                    .filter(r -> holdsIn(r.period(), request.years()))
                    .toList());
        }
    }

    /** The case's memberships of an actor, or in an organisation. */
    public MembershipsResult memberships(MembershipsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            String actorId = actorId(work, caseId, request.actor());
            return new MembershipsResult(caseId, work.cases().memberships(caseId.value()).stream()
                    .filter(m -> actorId == null || m.member().equals(actorId) || m.organisation().equals(actorId))
                    .toList());
        }
    }

    /** The case's events of an actor, dated in the years asked for. */
    public EventsResult events(EventsRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            String actorId = actorId(work, caseId, request.actor());
            return new EventsResult(caseId, work.cases().events(caseId.value()).stream()
                    .filter(e -> actorId == null || e.source().equals(actorId) || e.target().equals(actorId))
                    .filter(e -> request.years().contains(e.date().year()))
                    .toList());
        }
    }

    private static String actorId(UnitOfWork work, CaseId caseId, String actor) {
        return actor == null ? null : work.actor(caseId, actor, "actor").id();
    }

    /** Whether a period overlaps the years (an open end of the range does not limit it). */
    private static boolean holdsIn(TimeSpan period, YearRange years) {
        return (years.to() == null || period.from().year() <= years.to())
                && (years.from() == null || period.end().map(end -> end.year() >= years.from()).orElse(true));
    }
}
