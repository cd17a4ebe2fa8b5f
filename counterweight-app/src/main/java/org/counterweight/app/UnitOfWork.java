package org.counterweight.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.actor.ActorDirectory;
import org.counterweight.core.actor.CrosswalkAliases;
import org.counterweight.core.actor.StateIdentities;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.core.actor.UnresolvedReferenceException;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.store.CaseQueries;
import org.counterweight.store.DatasetQueries;
import org.counterweight.store.KnowledgeBase;
import org.counterweight.store.PortfolioQueries;
import org.counterweight.store.StoreSession;
import org.counterweight.store.events.EventStore;

/**
 * One service call's reading of the knowledge base: a {@link StoreSession} (one consistent snapshot)
 * with the lookups every service needs, each done once: the case, its actor directory, the state
 * identities by year, which dataset releases to read, and the case's snapshot. It gathers what it
 * guessed or mapped while resolving references ({@link #warnings}) for the service's result. Used by
 * one thread; close it when done.
 */
public final class UnitOfWork implements AutoCloseable {
    private final StoreSession session;
    private final CaseQueries cases;
    private final DatasetQueries datasets;
    private final Map<CaseId, ActorDirectory> directories = new HashMap<>();
    private final Map<CaseId, StateResolver> resolvers = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private StateIdentities identities;
    private DatasetReleases releases;
    private List<String> caseIds;
    private final EventStore events;

    UnitOfWork(KnowledgeBase store, EventStore events) {
        this.events = events;
        this.session = store.openSession();
        this.cases = new CaseQueries(session);
        this.datasets = new DatasetQueries(session);
    }

    /** The event store beside the knowledge base (GDELT and ICEWS events; read through its own files). */
    public EventStore events() {
        return events;
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

    /**
     * The case's actors, then every state of the country-code crosswalk with its curated adjectives
     * and current capital ({@link CrosswalkAliases}), for resolving what users type and finding actors
     * in articles.
     */
    public ActorDirectory directory(CaseId caseId) {
        requireCase(caseId);
        return directories.computeIfAbsent(caseId, c -> {
            List<CountryCodeEntry> crosswalk = datasets.countryCodes();
            return new ActorDirectory(cases.actors(c.value()), crosswalk, CrosswalkAliases.of(
                    datasets.stateAdjectives(), datasets.currentCapitals(), crosswalk, datasets.stateNames()));
        });
    }

    /** Every state of the COW list under each of its names by year, with the curated names. */
    public StateIdentities identities() {
        if (identities == null) {
            identities = StateIdentities.of(datasets.stateSpells(), datasets.countryCodes(), datasets.stateNames());
        }
        return identities;
    }

    /** Resolves what users type for the case's actors and every state, year by year. */
    public StateResolver resolver(CaseId caseId) {
        return resolvers.computeIfAbsent(caseId, c -> new StateResolver(directory(c), identities()));
    }

    /**
     * What this unit of work guessed or mapped while resolving references ("read 'Nigera' as Niger
     * (NIR, 436)"), in order, for the service's result to carry to the person who asked.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Resolves an actor reference given for {@code parameter}, whatever the years; a guess is noted. */
    public Actor actor(CaseId caseId, String text, String parameter) {
        try {
            StateResolver.Match match = resolver(caseId).match(text);
            if (match.guess() != null) {
                warn(match.guess());
            }
            return match.actor();
        } catch (UnresolvedReferenceException e) {
            throw new InvalidRequestException(parameter, e.getMessage());
        }
    }

    /**
     * Resolves a reference given for {@code parameter} to the actors standing for it in each year of
     * [first, last] ("DEU" is the German Federal Republic to 1990); guesses and mappings are noted.
     */
    public StateResolver.Resolution resolve(CaseId caseId, String text, String parameter, int first, int last) {
        try {
            StateResolver.Resolution resolution = resolver(caseId).resolve(text, first, last);
            resolution.notes().forEach(this::warn);
            return resolution;
        } catch (UnresolvedReferenceException e) {
            throw new InvalidRequestException(parameter, e.getMessage());
        }
    }

    private void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** Resolves a state given for {@code parameter} and returns its COW code. */
    public int cowCode(CaseId caseId, String text, String parameter) {
        return requireCowCode(text, actor(caseId, text, parameter), parameter);
    }

    /**
     * As {@link #resolve}, for a state: every actor standing for it has a COW code (an organisation or
     * a territory is refused).
     */
    public StateResolver.Resolution resolveState(CaseId caseId, String text, String parameter, int first, int last) {
        StateResolver.Resolution resolution = resolve(caseId, text, parameter, first, last);
        resolution.holdings().forEach(h -> requireCowCode(text, h.actor(), parameter));
        return resolution;
    }

    private static int requireCowCode(String text, Actor actor, String parameter) {
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
