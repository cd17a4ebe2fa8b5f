package org.counterweight.app.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.DatasetReleases;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.core.actor.StateIdentities;
import org.counterweight.core.actor.StateIdentity;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.ActorKind;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.AllianceObligation;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.ObligationEnd;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Rivalry;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.core.network.SignRules;
import org.counterweight.core.network.TieEvidence;
import org.counterweight.core.network.TieRules;

/**
 * A case over a span of years, as the analyses read it: its actors, the signed ties between its
 * states in each year with the evidence behind them ({@link TieRules}, resolved by {@link SignRules}),
 * and the capabilities (COW NMC CINC) and military expenditure (SIPRI) of every state, each value with
 * its {@link Basis}. Loaded in a few batched queries (actors, relations, agreements, ATOP, rivalries,
 * NMC, SIPRI), then immutable and free of I/O.
 *
 * <p>Past a dataset's last year, with {@link Carry#FORWARD} (the default of present-day views), the
 * ATOP obligations in force in ATOP's last year and the rivalries still going at the rivalry
 * dataset's end are carried: they keep counting, marked with the year they were carried from, until
 * the knowledge base records their end (a curated relation or agreement for the pair overrules them;
 * a curated {@link ObligationEnd}, a state discontinuity, ends all carried obligations of its state).
 * With {@link Carry#NONE} they are not covered there: no evidence, and the coverage says so. In those
 * years the imported GDELT and ICEWS events between two states are evidence too
 * ({@link org.counterweight.core.network.EventTieRule}, basis {@code event-based} where they alone
 * decide a tie); without imported events there is none, and the coverage says event data were not
 * imported.
 *
 * <p>Which ATOP obligation types count as tie evidence is the snapshot's {@link ObligationScope}:
 * {@link ObligationScope#ALL} as loaded; {@link #withObligations} gives the same snapshot under
 * another scope, without reading the knowledge base again.
 *
 * <p>A COW code may stand for different states over the years ({@link StateIdentities}): 365 (and
 * SIPRI's series) is Russia to 1921, the Soviet Union in 1922-1991 and Russia from 1992; the case
 * keeps them as two actors (RUS, SUN), so every year-indexed use of the code picks one
 * ({@link #exists}); a state exists in the years of its COW state-system membership only (Ukraine
 * from 1991).
 */
public final class CaseSnapshot {
    /** Rule applied when a year lies after NMC's last: its last year's CINC stands in. */
    public static final String NMC_CARRY_RULE = "the latest NMC year stands in for later years";

    private final CaseId caseId;
    private final int from;
    private final int to;
    private final List<Actor> actors;
    private final List<Actor> states;
    private final List<Relation> relations;
    private final List<Agreement> agreements;
    private final Map<Integer, List<AllianceObligation>> obligations;
    private final Optional<DatasetCoverage> atop;
    private final List<ObligationEnd> obligationEnds;
    private final List<Rivalry> rivalries;
    private final Optional<DatasetCoverage> rivalryData;
    private final Carry carry;
    private final ObligationScope obligationScope;
    private final DatasetCoverage nmc;
    private final Map<Integer, Map<Integer, NationalCapabilities>> capabilities;
    private final Optional<DatasetCoverage> milex;
    private final Map<Integer, Map<Integer, List<MilitaryExpenditure>>> expenditure;
    private final StateIdentities identities;
    private final EventYears events;

    private CaseSnapshot(CaseId caseId, int from, int to, Carry carry, ObligationScope obligationScope,
            List<Actor> actors, StateIdentities identities,
            List<Relation> relations,
            List<Agreement> agreements, Map<Integer, List<AllianceObligation>> obligations,
            Optional<DatasetCoverage> atop, List<ObligationEnd> obligationEnds, List<Rivalry> rivalries, Optional<DatasetCoverage> rivalryData,
            DatasetCoverage nmc, Map<Integer, Map<Integer, NationalCapabilities>> capabilities,
            Optional<DatasetCoverage> milex, Map<Integer, Map<Integer, List<MilitaryExpenditure>>> expenditure,
            EventYears events) {
        this.caseId = caseId;
        this.from = from;
        this.to = to;
        this.actors = List.copyOf(actors);
        this.states = actors.stream().filter(a -> a.kind() == ActorKind.STATE && a.cowCode() != null).toList();
        this.relations = List.copyOf(relations);
        this.agreements = List.copyOf(agreements);
        this.carry = carry;
        this.obligationScope = obligationScope;
        this.obligations = obligations;
        this.atop = atop;
        this.obligationEnds = List.copyOf(obligationEnds);
        this.rivalries = List.copyOf(rivalries);
        this.rivalryData = rivalryData;
        this.nmc = nmc;
        this.capabilities = capabilities;
        this.milex = milex;
        this.expenditure = expenditure;
        this.identities = identities;
        this.events = events;
    }

    /**
     * Loads a case over [from, to]: the case's curated content, ATOP obligations and rivalries among
     * its states (and {@code alsoStates}, COW codes of states outside the case whose obligations with
     * the case's states are wanted), and NMC and SIPRI figures of every state (named partners may lie
     * outside the case). The last year of NMC, ATOP and the rivalries is loaded too when {@code to}
     * lies beyond it, for {@link #cinc} and for carrying.
     */
    public static CaseSnapshot load(UnitOfWork work, CaseId caseId, int from, int to, Carry carry,
            Collection<Integer> alsoStates) {
        if (to < from) {
            throw new IllegalArgumentException("a snapshot's last year (" + to + ") is before its first (" + from + ")");
        }
        List<Actor> actors = work.cases().actors(caseId.value());
        List<Integer> codes = Stream.concat(actors.stream().filter(a -> a.kind() == ActorKind.STATE
                && a.cowCode() != null).map(Actor::cowCode), alsoStates.stream()).distinct().toList();
        Map<Integer, List<AllianceObligation>> obligations = new HashMap<>();
        Optional<DatasetCoverage> atop = work.releases().atop();
        int atopFrom = atop.map(c -> Math.min(from, c.lastYear())).orElse(from);
        work.datasets().atopObligations(atopFrom, to, codes)
                .forEach(o -> obligations.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o));
        Optional<DatasetCoverage> rivalryData = work.releases().rivalries();
        List<Rivalry> rivalries = rivalryData.map(r -> work.datasets().rivalries(r.dataset(),
                Math.min(from, r.lastYear()), to)).orElse(List.of());
        DatasetCoverage nmc = work.releases().nmc();
        Map<Integer, Map<Integer, NationalCapabilities>> capabilities = new HashMap<>();
        int nmcFrom = Math.min(from, nmc.lastYear());
        int nmcTo = Math.min(to, nmc.lastYear());
        work.datasets().nmc(nmc.version(), nmcFrom, Math.max(nmcFrom, nmcTo)).forEach(n -> capabilities
                .computeIfAbsent(n.cowCode(), c -> new HashMap<>()).put(n.year(), n));
        Optional<DatasetCoverage> milex = work.releases().milex();
        Map<Integer, Map<Integer, List<MilitaryExpenditure>>> expenditure = new HashMap<>();
        milex.ifPresent(release -> work.datasets().milex(release.version(), allCodes(work), from, to)
                .forEach(m -> expenditure.computeIfAbsent(m.cowCode(), c -> new HashMap<>())
                        .computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m)));
        int tiesEnd = Stream.of(atop, rivalryData).flatMap(Optional::stream).mapToInt(DatasetCoverage::lastYear).max()
                .orElse(from - 1);
        EventYears events = EventYears.load(work.events(), codes, Math.max(from, tiesEnd + 1), to);
        return new CaseSnapshot(caseId, from, to, carry, ObligationScope.ALL, actors, work.identities(),
                work.cases().relations(caseId.value()),
                work.cases().agreements(caseId.value(), null, null, null), obligations, atop,
                work.datasets().obligationEnds(), rivalries,
                rivalryData, nmc, capabilities, milex, expenditure, events);
    }

    /** Every COW code SIPRI figures may be held under: the crosswalk's, the state lists' and the case's. */
    private static List<Integer> allCodes(UnitOfWork work) {
        List<Integer> codes = new ArrayList<>();
        work.datasets().countryCodes().forEach(c -> {
            if (c.cowCode() != null) {
                codes.add(c.cowCode());
            }
        });
        work.identities().all().forEach(i -> codes.add(i.cowCode()));
        work.cases().actors(null).forEach(a -> {
            if (a.cowCode() != null) {
                codes.add(a.cowCode());
            }
        });
        return codes.stream().distinct().toList();
    }

    public CaseId caseId() {
        return caseId;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** The case's actors, states first, by id. */
    public List<Actor> actors() {
        return actors;
    }

    /** The case's actor with this id. */
    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The case's states (actors with a COW code), whatever the year. */
    public List<Actor> states() {
        return states;
    }

    /** The case's states existing in {@code year}. */
    public List<Actor> statesIn(int year) {
        return states.stream().filter(a -> exists(a.id(), year)).toList();
    }

    /**
     * Whether the case's actor {@code actorId} stands for its COW code in {@code year}. A state whose id
     * is one of its code's {@link StateIdentities identities} exists in that identity's years only, the
     * years of its COW state-system membership (UKR from 1991; SUN in 1922-1991; RUS in 1816-1921 and
     * from 1992; JPN not in 1946-1951). Every other actor (no COW code, or an id that is none of its
     * code's identities) exists in every year.
     */
    public boolean exists(String actorId, int year) {
        Actor actor = actor(actorId).orElse(null);
        if (actor == null || actor.cowCode() == null) {
            return true;
        }
        Optional<StateIdentity> own = identities.ofCode(actor.cowCode()).stream()
                .filter(i -> i.id().equals(actorId)).findFirst();
        return own.isEmpty() || own.get().holds(year);
    }

    /** The case's curated relations, in case-file order. */
    public List<Relation> relations() {
        return relations;
    }

    /** The case's curated agreements, by first date. */
    public List<Agreement> agreements() {
        return agreements;
    }

    /** The curated agreements announced or signed by {@code year} and not lapsed before it. */
    public List<Agreement> agreementsIn(int year) {
        return agreements.stream().filter(a -> a.firstDate().year() <= year)
                .filter(a -> a.lapsed() == null || a.lapsed().year() >= year).toList();
    }

    private void requireYear(int year) {
        if (year < from || year > to) {
            throw new IllegalArgumentException("the snapshot of " + caseId + " covers " + from + "-" + to + ", not "
                    + year);
        }
    }

    /**
     * This snapshot with ATOP obligations counted under {@code scope} ({@link TieRules}): the same
     * loaded data, so a view can set the two scopes side by side.
     */
    public CaseSnapshot withObligations(ObligationScope scope) {
        java.util.Objects.requireNonNull(scope, "scope");
        return scope == obligationScope ? this : new CaseSnapshot(caseId, from, to, carry, scope, actors, identities,
                relations, agreements, obligations, atop, obligationEnds, rivalries, rivalryData, nmc, capabilities,
                milex, expenditure, events);
    }

    /** Which ATOP obligation types count as tie evidence in this snapshot. */
    public ObligationScope obligationScope() {
        return obligationScope;
    }

    /** The ties between the case's states in {@code year}, with their evidence, and the pairs that cancelled. */
    public SignRules.Result ties(int year) {
        return ties(statesIn(year), year, Set.of());
    }

    /**
     * The ties among {@code among} (states of the case existing in the year) in {@code year}, leaving
     * out the agreements named in {@code withoutAgreements} (counterfactual histories).
     */
    public SignRules.Result ties(List<Actor> among, int year, Set<String> withoutAgreements) {
        requireYear(year);
        Map<Integer, String> byCow = new LinkedHashMap<>();
        among.forEach(a -> byCow.put(a.cowCode(), a.id()));
        List<TieEvidence> evidence = new ArrayList<>(TieRules.evidence(year, byCow, datasetEvidence(year),
                obligationScope, relations,
                agreementsIn(year), withoutAgreements));
        evidence.addAll(events.evidence(year, byCow));
        return SignRules.resolve(evidence);
    }

    /**
     * The ATOP obligations of a year among the loaded states.
     *
     * @param obligations the obligations (of the year, or of the year they are carried from)
     * @param carriedFrom ATOP's last year when the year lies beyond it and its obligations are carried, else null
     * @param covered     false when the year lies beyond ATOP's last and carrying is off (or no ATOP is
     *                    loaded): the data do not say, and {@code obligations} is empty
     * @param ended       the recorded ends whose states' carried obligations are left out of the year's
     */
    public record YearObligations(List<AllianceObligation> obligations, Integer carriedFrom, boolean covered,
            List<ObligationEnd> ended) {
        public YearObligations {
            obligations = List.copyOf(obligations);
            ended = List.copyOf(ended);
        }
    }

    /**
     * The year's ATOP obligations: of the year, carried from ATOP's last year, or not covered. Carried
     * obligations of or to a state whose carried obligations a recorded {@link ObligationEnd} has
     * ended by the year are left out (they hold in the end's year, not after it).
     */
    public YearObligations obligations(int year) {
        requireYear(year);
        Integer atopLast = atop.map(DatasetCoverage::lastYear).orElse(null);
        if (atopLast == null) {
            return new YearObligations(List.of(), null, false, List.of());
        }
        if (year <= atopLast) {
            return new YearObligations(obligations.getOrDefault(year, List.of()), null, true, List.of());
        }
        if (carry == Carry.NONE) {
            return new YearObligations(List.of(), null, false, List.of());
        }
        List<ObligationEnd> ended = obligationEnds.stream().filter(e -> e.endedBy(year)).toList();
        List<AllianceObligation> carried = obligations.getOrDefault(atopLast, List.of()).stream()
                .filter(o -> ended.stream().noneMatch(e -> e.cowCode() == o.ccode1() || e.cowCode() == o.ccode2()))
                .toList();
        return new YearObligations(carried, atopLast, true, ended);
    }

    /** The ATOP release the snapshot reads, if any is loaded. */
    public Optional<DatasetCoverage> atop() {
        return atop;
    }

    /** The year's ATOP obligations and rivalries: of the year, carried from a dataset's end, or none. */
    private TieRules.DatasetEvidence datasetEvidence(int year) {
        YearObligations yearObligations = obligations(year);
        Integer rivalryLast = rivalryData.map(DatasetCoverage::lastYear).orElse(null);
        Integer rivalriesFrom = rivalryLast != null && year > rivalryLast && carry == Carry.FORWARD ? rivalryLast
                : null;
        int asOf = rivalriesFrom != null ? rivalriesFrom : year;
        List<Rivalry> active = rivalryLast != null && year > rivalryLast && rivalriesFrom == null ? List.of()
                : rivalries.stream().filter(r -> r.activeIn(asOf)).toList();
        return new TieRules.DatasetEvidence(yearObligations.obligations(), yearObligations.carriedFrom(), active,
                rivalriesFrom,
                rivalryData.map(DatasetReleases::rivalryName).orElse("rivalry"));
    }

    /** Whether datasets are carried past their ends in this snapshot. */
    public Carry carry() {
        return carry;
    }

    /**
     * What the datasets behind the ties cover in {@code year}, in words, where they do not simply
     * observe it: empty for a year every dataset covers.
     */
    public List<String> coverage(int year) {
        List<String> notes = new ArrayList<>();
        atop.ifPresent(c -> {
            if (year > c.lastYear()) {
                notes.add(carry == Carry.FORWARD ? ObligationEnd.carryNote("ATOP " + c.version(), c.lastYear(),
                        obligationEnds)
                        : "ATOP " + c.version() + " ends in " + c.lastYear() + ": no alliance evidence after it (not"
                                + " covered)");
            }
        });
        rivalryData.ifPresent(c -> {
            if (year > c.lastYear()) {
                String name = DatasetReleases.rivalryName(c);
                notes.add(carry == Carry.FORWARD ? name + " rivalries end in " + c.lastYear()
                        + ": those still going then are carried" : name + " rivalries end in " + c.lastYear()
                        + ": no rivalry evidence after it (not covered)");
            }
        });
        if (atop.isPresent()) {
            obligationScope.note().ifPresent(notes::add);
        }
        String eventNote = events.note(year);
        if (eventNote != null) {
            notes.add(eventNote);
        }
        return notes;
    }

    /** The signed network of the case's states in {@code year}: every state a node, every tie an edge. */
    public SignedNetwork network(int year) {
        return network(statesIn(year), ties(year));
    }

    /** The signed network of these states with these ties. */
    public static SignedNetwork network(List<Actor> states, SignRules.Result ties) {
        SignedNetwork.Builder builder = SignedNetwork.builder();
        states.forEach(s -> builder.addNode(s.id()));
        ties.ties().forEach(t -> builder.addEdge(t.a(), t.b(), t.sign().value(), t.weight()));
        return builder.build();
    }

    /**
     * The alignment matrix of {@code ids} (case states existing in the year) in {@code year}: w[i][j] in
     * [-1, 1], the signed weight of their tie, 0 without a tie.
     */
    public double[][] alignment(List<String> ids, int year, Set<String> withoutAgreements) {
        List<Actor> among = ids.stream().map(id -> actor(id).orElseThrow(() -> new InvalidRequestException("actors",
                "unknown actor " + id + " in case " + caseId))).toList();
        double[][] w = new double[ids.size()][ids.size()];
        for (SignRules.Tie tie : ties(among, year, withoutAgreements).ties()) {
            int i = ids.indexOf(tie.a());
            int j = ids.indexOf(tie.b());
            if (i >= 0 && j >= 0) {
                w[i][j] = tie.sign().value() * tie.weight();
                w[j][i] = w[i][j];
            }
        }
        return w;
    }

    /** The alignment matrices of {@code ids} for every year in [first, last], by year. */
    public Map<Integer, double[][]> alignmentPath(List<String> ids, int first, int last, Set<String> without) {
        Map<Integer, double[][]> path = new TreeMap<>();
        for (int year = first; year <= last; year++) {
            path.put(year, alignment(ids, year, without));
        }
        return path;
    }

    /** The NMC version the snapshot reads. */
    public DatasetCoverage nmc() {
        return nmc;
    }

    /** The SIPRI military expenditure release the snapshot reads, if any is loaded. */
    public Optional<DatasetCoverage> milex() {
        return milex;
    }

    /** How NMC is named in notes: "COW NMC v6.0". */
    public String nmcName() {
        return "COW NMC v" + nmc.version();
    }

    /**
     * The state's published CINC in {@code year}: observed; MISSING where NMC has the state-year but no
     * figure; NOT_COVERED where the state is not in the system that year; and after NMC's last year,
     * the last year's figure, CARRIED_FORWARD under {@link #NMC_CARRY_RULE}.
     */
    public BasedValue cinc(Actor state, int year) {
        String source = nmcName();
        if (state.cowCode() == null) {
            return BasedValue.none(Basis.notCovered(source, state.id() + " has no COW code"));
        }
        if (year < nmc.firstYear()) {
            return BasedValue.none(Basis.notCovered(source, "before " + nmc.firstYear()));
        }
        int read = Math.min(year, nmc.lastYear());
        if (read < Math.min(from, nmc.lastYear())) {
            throw new IllegalArgumentException("the snapshot of " + caseId + " holds NMC from "
                    + Math.min(from, nmc.lastYear()) + ", not " + year);
        }
        NationalCapabilities row = capabilities.getOrDefault(state.cowCode(), Map.of()).get(read);
        if (row == null) {
            return BasedValue.none(Basis.notCovered(source, state.id() + " is not a COW system member in " + read));
        }
        if (row.publishedCinc().isEmpty()) {
            return BasedValue.none(Basis.missing(source));
        }
        Basis basis = read == year ? Basis.observed(source) : Basis.carriedForward(source, read, NMC_CARRY_RULE);
        return new BasedValue(row.publishedCinc().getAsDouble(), basis);
    }

    /** SIPRI rows of a state in a year (several where SIPRI lists more than one country under a code). */
    public List<MilitaryExpenditure> milexRows(Actor state, int year) {
        requireYear(year);
        if (state.cowCode() == null || !exists(state.id(), year)) {
            return List.of();
        }
        return expenditure.getOrDefault(state.cowCode(), Map.of()).getOrDefault(year, List.of());
    }

    /** The state's SIPRI row with a published constant-dollar figure in {@code year}, if any (the first). */
    public Optional<MilitaryExpenditure> milexValue(Actor state, int year) {
        return milexRows(state, year).stream().filter(m -> m.constantStatus() == ValueStatus.VALUE).findFirst();
    }
}
