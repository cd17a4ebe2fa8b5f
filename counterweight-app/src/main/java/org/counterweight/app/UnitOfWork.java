package org.counterweight.app;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.model.Actor;
import org.counterweight.store.CaseQueries;
import org.counterweight.store.DatasetQueries;
import org.counterweight.store.KnowledgeBase;
import org.counterweight.store.PortfolioQueries;
import org.counterweight.store.StoreSession;

/**
 * One service call's reading of the knowledge base: a {@link StoreSession} (one consistent snapshot)
 * with the lookups every service needs, each done once: the case, its actor directory, which
 * dataset releases to read, and the case's snapshot. Used by one thread; close it when done.
 */
public final class UnitOfWork implements AutoCloseable {
    private final StoreSession session;
    private final CaseQueries cases;
    private final DatasetQueries datasets;
    private final Map<CaseId, ActorDirectory> directories = new HashMap<>();
    private DatasetReleases releases;
    private List<String> caseIds;

    UnitOfWork(KnowledgeBase store) {
        this.session = store.openSession();
        this.cases = new CaseQueries(session);
        this.datasets = new DatasetQueries(session);
    }

    public CaseQueries cases() {
        return cases;
    }

    public DatasetQueries datasets() {
        return datasets;
    }

    public PortfolioQueries portfolios() {
        return new PortfolioQueries(session);
    }

    /** The session, for store classes that work within one (dyad frames, similarity). */
    public StoreSession session() {
        return session;
    }

    /** The dataset versions this unit of work reads. */
    public DatasetReleases releases() {
        if (releases == null) {
            releases = new DatasetReleases(datasets);
        }
        return releases;
    }

    /** The case, checked to exist in the store. */
    public CaseId requireCase(CaseId caseId) {
        if (caseIds == null) {
            caseIds = cases.caseIds();
        }
        if (!caseIds.contains(caseId.value())) {
            throw new InvalidRequestException("case", "no case '" + caseId + "' in the knowledge base; stored: "
                    + String.join(", ", caseIds));
        }
        return caseId;
    }

    /** The case's actors, then every state of the country-code crosswalk, for resolving what users type. */
    public ActorDirectory directory(CaseId caseId) {
        requireCase(caseId);
        return directories.computeIfAbsent(caseId, c -> new ActorDirectory(cases.actors(c.value()),
                datasets.countryCodes()));
    }

    /** Resolves an actor reference given for {@code parameter}. */
    public Actor actor(CaseId caseId, String text, String parameter) {
        return directory(caseId).resolve(text).orElseThrow(() -> new InvalidRequestException(parameter,
                "unknown actor '" + text + "': give an ISO3 code (PAK), a COW code (770), a name or alias of an actor"
                        + " of case " + caseId + " or of a state"));
    }

    /** Resolves a state given for {@code parameter} and returns its COW code. */
    public int cowCode(CaseId caseId, String text, String parameter) {
        Actor actor = actor(caseId, text, parameter);
        if (actor.cowCode() == null) {
            throw new InvalidRequestException(parameter, text + " resolves to " + actor.id() + " (" + actor.name()
                    + "), which has no COW state code");
        }
        return actor.cowCode();
    }

    /**
     * The case's actors, ties and capabilities over [from, to], loaded in a few batched queries, with
     * datasets carried past their ends (the present-day default).
     */
    public CaseSnapshot snapshot(CaseId caseId, int from, int to) {
        return snapshot(caseId, from, to, Carry.FORWARD);
    }

    /** As {@link #snapshot(CaseId, int, int)}, carrying datasets past their ends or not. */
    public CaseSnapshot snapshot(CaseId caseId, int from, int to, Carry carry) {
        return snapshot(caseId, from, to, carry, List.of());
    }

    /**
     * As {@link #snapshot(CaseId, int, int, Carry)}, with the ATOP obligations between the case's
     * states and {@code alsoStates} (COW codes of states outside the case) loaded too.
     */
    public CaseSnapshot snapshot(CaseId caseId, int from, int to, Carry carry, Collection<Integer> alsoStates) {
        requireCase(caseId);
        return CaseSnapshot.load(this, caseId, from, to, carry, alsoStates);
    }

    @Override
    public void close() {
        session.close();
    }
}
