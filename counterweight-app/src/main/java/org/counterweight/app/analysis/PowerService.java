package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.power.AlignmentWeights;
import org.counterweight.core.power.CapabilityDistribution;
import org.counterweight.core.power.CapabilityDistribution.Bloc;
import org.counterweight.core.power.EffectiveCapability;
import org.counterweight.core.power.ExpectedSupport;
import org.counterweight.store.PortfolioQueries.YearPortfolios;

/**
 * Capability shares and ratios of actors or blocs by year, from COW NMC CINC (Singer, Bremer &amp;
 * Stuckey 1972) or SIPRI military expenditure, and effective capability: own plus what third parties
 * can be expected to lend in a war (one level; Walt 1987 on the aggregation of allies' power), under
 * the published weightings of {@link ExpectedSupport} ({@link PowerRequest.Partners}). The main
 * weighting gives the effective figures; every weighting gives each ratio, and their least and
 * greatest are the range. Third parties are the case's states in none of the blocs compared. Years
 * outside the capability dataset are refused: there the data do not say, which is not zero, except
 * that with {@link Carry#FORWARD} the last NMC year's CINC is carried (marked) up to SIPRI's last year;
 * after ATOP's last year its obligations and portfolios are carried (marked) or not covered.
 * An actor asked for stands for the state holding its line in each year ({@link StateResolver}): "RUS"
 * is the Soviet Union (SUN) in 1922-1991, "DEU" the German Federal Republic in 1955-1990, said in the
 * result's warnings; a year with none has no figure.
 */
public final class PowerService {
    private final Workbench workbench;

    public PowerService(Workbench workbench) {
        this.workbench = workbench;
    }

    public PowerResult power(PowerRequest request) {
        try (UnitOfWork work = workbench.begin()) {
            CaseId caseId = work.requireCase(request.caseId());
            boolean cinc = request.measure() == PowerRequest.Measure.CINC;
            DatasetCoverage coverage = cinc ? work.releases().nmc() : work.releases().milexRequired("measure");
            Integer to = request.years().to();
            Integer from = request.years().from();
            int last = to != null ? to : coverage.lastYear();
            int carriedTo = cinc && request.carry() == Carry.FORWARD ? Math.max(coverage.lastYear(), work.releases()
                    .milex().map(DatasetCoverage::lastYear).orElse(coverage.lastYear())) : coverage.lastYear();
            YearRange years = YearRange.of(from != null ? from : last, Math.min(last, coverage.lastYear()))
                    .requireWithin(coverage, PowerResult.sourceName(request.measure(), coverage));
            if (last > carriedTo) {
                throw new InvalidRequestException("to", "the years " + years.first() + "-" + last + " are outside "
                        + PowerResult.sourceName(request.measure(), coverage) + " (" + coverage.firstYear() + "-"
                        + coverage.lastYear() + (carriedTo > coverage.lastYear() ? "; carried forward at most to "
                                + carriedTo + ", the last year of SIPRI military expenditure" : "")
                        + "): the data do not say, which is not zero");
            }
            years = YearRange.of(years.first(), last);
            YearRange range = years;
            List<List<StateResolver.Resolution>> asked = new ArrayList<>();
            for (List<String> bloc : request.blocs()) {
                asked.add(bloc.stream().map(reference -> work.resolve(caseId, reference, "actors", range.first(),
                        range.last())).toList());
            }
            Map<String, Actor> known = new LinkedHashMap<>();
            Map<Integer, List<Bloc>> blocsByYear = new LinkedHashMap<>();
            Set<String> everMember = new LinkedHashSet<>();
            for (int year = years.first(); year <= years.last(); year++) {
                List<Bloc> blocs = blocs(asked, year, known);
                blocs.forEach(b -> everMember.addAll(b.members()));
                blocsByYear.put(year, blocs);
            }
            List<Bloc> named = asked.stream().map(bloc -> new Bloc(bloc.stream().map(m -> m.named().id())
                    .collect(Collectors.joining("+")), bloc.stream().map(m -> m.named().id()).toList())).toList();
            List<ResolvedWeight> overrides = new ArrayList<>();
            for (PowerRequest.Weight weight : request.weights()) {
                overrides.add(resolve(work, caseId, weight, named, everMember, known));
            }
            List<Integer> memberCodes = everMember.stream().map(known::get).map(Actor::cowCode).filter(Objects::nonNull)
                    .toList();
            CaseSnapshot snapshot = work.snapshot(caseId, years.first(), years.last(), request.carry(), memberCodes);
            snapshot.actors().forEach(a -> known.putIfAbsent(a.id(), a));
            Map<Integer, YearPortfolios> portfolios = new HashMap<>();
            work.portfolios().alliances(years.first(), years.last(), request.carry() == Carry.FORWARD)
                    .forEach(p -> portfolios.put(p.year(), p));
            ThirdPartyWeights weigher = new ThirdPartyWeights(snapshot, portfolios, request.carry());
            List<PowerResult.YearPower> result = new ArrayList<>();
            for (int year = years.first(); year <= years.last(); year++) {
                List<Bloc> blocs = blocsByYear.get(year);
                Set<String> members = new LinkedHashSet<>();
                blocs.forEach(b -> members.addAll(b.members()));
                result.add(year(new YearInputs(year, snapshot, cinc, blocs, members, known, overrides, weigher),
                        request.partners()));
            }
            return new PowerResult(request.measure(), coverage, request.partners(), request.weights(), request.carry(),
                    result, work.warnings());
        }
    }

    /**
     * The blocs in a year: each named by the actors asked for ("IND+RUS"), its members the actors
     * standing for them that year (SUN for RUS in 1971), which join {@code known}.
     */
    private static List<Bloc> blocs(List<List<StateResolver.Resolution>> asked, int year, Map<String, Actor> known) {
        List<Bloc> blocs = new ArrayList<>();
        for (List<StateResolver.Resolution> bloc : asked) {
            List<String> ids = new ArrayList<>();
            for (StateResolver.Resolution member : bloc) {
                Actor actor = member.actorIn(year).orElse(member.named());
                known.put(actor.id(), actor);
                ids.add(actor.id());
            }
            blocs.add(new Bloc(bloc.stream().map(m -> m.named().id()).collect(Collectors.joining("+")), ids));
        }
        return blocs;
    }

    /** A weight set by hand, with its actors resolved and the bloc of its actor. */
    private record ResolvedWeight(PowerRequest.Weight asked, String bloc, String partner) {
    }

    /**
     * A weight set by hand resolved against the blocs as asked ({@code named}: the actors named, not the
     * states standing for them by year); its partner may be no state compared in any year.
     */
    private static ResolvedWeight resolve(UnitOfWork work, CaseId caseId, PowerRequest.Weight weight, List<Bloc> named,
            Set<String> everMember, Map<String, Actor> known) {
        Actor actor = work.actor(caseId, weight.actor(), "weight");
        Actor partner = work.actor(caseId, weight.partner(), "weight");
        Bloc bloc = named.stream().filter(b -> b.members().contains(actor.id())).findFirst().orElseThrow(
                () -> new InvalidRequestException("weight", weight + ": " + actor.id()
                        + " is not among the actors compared"));
        if (everMember.contains(partner.id()) || named.stream().anyMatch(b -> b.members().contains(partner.id()))) {
            throw new InvalidRequestException("weight", weight + ": " + partner.id() + " is compared itself, so it"
                    + " cannot lend capability to another side");
        }
        known.putIfAbsent(partner.id(), partner);
        return new ResolvedWeight(weight, bloc.name(), partner.id());
    }

    /** What one year's computation reads. */
    private record YearInputs(int year, CaseSnapshot snapshot, boolean cinc, List<Bloc> blocs, Set<String> members,
            Map<String, Actor> known, List<ResolvedWeight> overrides, ThirdPartyWeights weigher) {
        /** The states of the blocs, as actors with COW codes. */
        List<Actor> states(Bloc bloc) {
            return bloc.members().stream().map(known::get).filter(a -> a.cowCode() != null).toList();
        }

        /** The case's states of the year in no bloc, then the partners of weights set by hand. */
        List<Actor> thirdParties() {
            Map<String, Actor> third = new LinkedHashMap<>();
            snapshot.statesIn(year).stream().filter(a -> !members.contains(a.id())).forEach(a -> third.put(a.id(), a));
            overrides.forEach(o -> third.putIfAbsent(o.partner(), known.get(o.partner())));
            return List.copyOf(third.values());
        }
    }

    private static PowerResult.YearPower year(YearInputs in, PowerRequest.Partners main) {
        List<Actor> thirdParties = in.thirdParties();
        Set<String> needed = new LinkedHashSet<>(in.members());
        thirdParties.forEach(t -> needed.add(t.id()));
        Map<String, Double> capability = capabilities(in.snapshot(), in.cinc(), in.year(), needed, in.known());
        List<CapabilityDistribution.Entry> entries = CapabilityDistribution.of(in.blocs(), capability);
        Map<PowerRequest.Partners, List<PowerResult.Support>> supports = new LinkedHashMap<>();
        for (PowerRequest.Partners method : PowerRequest.Partners.values()) {
            List<PowerResult.Support> byBloc = new ArrayList<>();
            for (int b = 0; b < in.blocs().size(); b++) {
                Bloc bloc = in.blocs().get(b);
                List<Actor> opponents = new ArrayList<>();
                for (int o = 0; o < in.blocs().size(); o++) {
                    if (o != b) {
                        opponents.addAll(in.states(in.blocs().get(o)));
                    }
                }
                List<PowerResult.PartnerWeight> weights = overridden(in.weigher().weights(method, in.year(),
                        in.states(bloc), opponents, thirdParties), in.overrides(), bloc);
                byBloc.add(support(method, bloc, entries.get(b), weights, capability));
            }
            supports.put(method, byBloc);
        }
        List<PowerResult.Support> mains = supports.get(main);
        boolean allKnown = mains.stream().allMatch(s -> s.effective() != null);
        double effectiveSum = allKnown ? mains.stream().mapToDouble(PowerResult.Support::effective).sum() : Double.NaN;
        List<PowerResult.BlocPower> powers = new ArrayList<>();
        for (int b = 0; b < entries.size(); b++) {
            Double effective = mains.get(b).effective();
            powers.add(new PowerResult.BlocPower(entries.get(b), effective, effective == null || !allKnown ? null
                    : effective / effectiveSum, mains.get(b)));
        }
        List<PowerResult.Ratio> ratios = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                ratios.add(ratio(entries, supports, main, i, j));
            }
        }
        return new PowerResult.YearPower(in.year(), powers, ratios, in.weigher().atopBasis(in.year()),
                capabilityBasis(in));
    }

    /** Observed within the capability dataset's years; after NMC's last year its CINC, carried forward. */
    private static Basis capabilityBasis(YearInputs in) {
        DatasetCoverage nmc = in.snapshot().nmc();
        if (!in.cinc() || in.year() <= nmc.lastYear()) {
            return Basis.observed(in.cinc() ? in.snapshot().nmcName() : "SIPRI military expenditure");
        }
        return Basis.carriedForward(in.snapshot().nmcName(), nmc.lastYear(), CaseSnapshot.NMC_CARRY_RULE);
    }

    private static PowerResult.Ratio ratio(List<CapabilityDistribution.Entry> entries,
            Map<PowerRequest.Partners, List<PowerResult.Support>> supports, PowerRequest.Partners main, int i, int j) {
        List<PowerResult.MethodRatio> methods = new ArrayList<>();
        Double low = null;
        Double high = null;
        for (Map.Entry<PowerRequest.Partners, List<PowerResult.Support>> method : supports.entrySet()) {
            Double ratio = CapabilityDistribution.ratio(method.getValue().get(i).effective(),
                    method.getValue().get(j).effective());
            methods.add(new PowerResult.MethodRatio(method.getKey(), ratio));
            if (ratio != null) {
                low = low == null ? ratio : Math.min(low, ratio);
                high = high == null ? ratio : Math.max(high, ratio);
            }
        }
        return new PowerResult.Ratio(entries.get(i).bloc(), entries.get(j).bloc(), CapabilityDistribution.ratio(
                entries.get(i).capability(), entries.get(j).capability()), CapabilityDistribution.ratio(supports.get(
                        main).get(i).effective(), supports.get(main).get(j).effective()), methods, low, high);
    }

    /** The weighting's weights for a bloc, with the weights set by hand for its members in their place. */
    private static List<PowerResult.PartnerWeight> overridden(List<PowerResult.PartnerWeight> weights,
            List<ResolvedWeight> overrides, Bloc bloc) {
        Map<String, PowerResult.PartnerWeight> byPartner = new LinkedHashMap<>();
        weights.forEach(w -> byPartner.put(w.partner(), w));
        for (ResolvedWeight override : overrides) {
            if (override.bloc().equals(bloc.name())) {
                byPartner.put(override.partner(), new PowerResult.PartnerWeight(override.partner(), new BasedValue(
                        override.asked().weight(), new Basis(Basis.Kind.CURATED, "the request's weights", null, null)),
                        "set by hand: " + override.asked()));
            }
        }
        return List.copyOf(byPartner.values());
    }

    /** A bloc's effective capability under one weighting, or why it has none. */
    private static PowerResult.Support support(PowerRequest.Partners method, Bloc bloc,
            CapabilityDistribution.Entry own, List<PowerResult.PartnerWeight> weights, Map<String, Double> capability) {
        if (own.capability() == null) {
            return new PowerResult.Support(method, weights, null, "no figure for " + String.join(", ",
                    own.missingMembers()));
        }
        List<String> uncovered = weights.stream().filter(w -> !w.weight().present()).map(w -> w.partner() + " ("
                + w.weight().basis().note() + ")").toList();
        if (!uncovered.isEmpty()) {
            return new PowerResult.Support(method, weights, null, "weights not covered: " + String.join("; ",
                    uncovered));
        }
        AlignmentWeights.Builder aligned = AlignmentWeights.builder();
        weights.forEach(w -> aligned.set(bloc.name(), w.partner(), w.weight().value()));
        return new PowerResult.Support(method, weights, EffectiveCapability.of(bloc.name(), own.capability(),
                capability, aligned.build()), null);
    }

    /** Capability of every actor in {@code ids} in the year; absent where the dataset has none. */
    private static Map<String, Double> capabilities(CaseSnapshot snapshot, boolean cinc, int year, Set<String> ids,
            Map<String, Actor> known) {
        Map<String, Double> capability = new HashMap<>();
        for (String id : ids) {
            Actor actor = known.get(id);
            if (actor == null || actor.cowCode() == null) {
                continue;
            }
            if (cinc) {
                BasedValue value = snapshot.cinc(actor, year);
                if (value.present()) {
                    capability.put(id, value.value());
                }
            } else {
                snapshot.milexValue(actor, year).ifPresent(m -> capability.put(id, m.constantUsdMillions()
                        .getAsDouble()));
            }
        }
        return capability;
    }
}
