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
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.actor.StateResolver;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.Relation;
import org.counterweight.core.power.AlignmentWeights;
import org.counterweight.core.power.CapabilityDistribution;
import org.counterweight.core.power.CapabilityDistribution.Bloc;
import org.counterweight.core.power.EffectiveCapability;

/**
 * Capability shares and ratios of actors or blocs by year, from COW NMC CINC (Singer, Bremer &amp;
 * Stuckey 1972) or SIPRI military expenditure, and effective capability: own plus the
 * alignment-weighted capabilities of partners outside the bloc (one level; Walt 1987 on the
 * aggregation of allies' power), with weights from the case's curated relations
 * ({@link AlignmentWeights}) or set by hand. Years outside the dataset are refused: there the data do
 * not say, which is not zero. An actor asked for stands for the state holding its line in each year
 * ({@link StateResolver}): "RUS" is the Soviet Union (SUN) in 1922-1991, "DEU" the German Federal
 * Republic in 1955-1990, said in the result's warnings; a year with none has no figure.
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
            YearRange years = YearRange.of(from != null ? from : last, last).requireWithin(coverage,
                    PowerResult.sourceName(request.measure(), coverage));
            List<List<StateResolver.Resolution>> asked = new ArrayList<>();
            for (List<String> bloc : request.blocs()) {
                asked.add(bloc.stream().map(reference -> work.resolve(caseId, reference, "actors", years.first(),
                        years.last())).toList());
            }
            Map<String, Actor> known = new LinkedHashMap<>();
            List<ResolvedWeight> overrides = new ArrayList<>();
            for (PowerRequest.Weight weight : request.weights()) {
                Actor actor = work.actor(caseId, weight.actor(), "weight");
                Actor partner = work.actor(caseId, weight.partner(), "weight");
                known.putIfAbsent(partner.id(), partner);
                overrides.add(new ResolvedWeight(weight, actor.id(), partner.id()));
            }
            CaseSnapshot snapshot = work.snapshot(caseId, years.first(), years.last());
            snapshot.actors().forEach(a -> known.putIfAbsent(a.id(), a));
            List<PowerResult.YearPower> result = new ArrayList<>();
            for (int year = years.first(); year <= years.last(); year++) {
                List<Bloc> blocs = blocs(asked, year, known);
                Set<String> members = new LinkedHashSet<>();
                blocs.forEach(b -> members.addAll(b.members()));
                AlignmentWeights weights = weights(request.partners(), snapshot.relations(), members, overrides, year);
                Map<String, Double> capability = capabilities(snapshot, cinc, year, members, weights, known);
                result.add(year(year, blocs, members, capability, weights));
            }
            return new PowerResult(request.measure(), coverage, request.partners(), request.weights(), result,
                    work.warnings());
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

    /** A weight set by hand, with its actors resolved. */
    private record ResolvedWeight(PowerRequest.Weight asked, String actor, String partner) {
    }

    private static PowerResult.YearPower year(int year, List<Bloc> blocs, Set<String> members,
            Map<String, Double> capability, AlignmentWeights weights) {
        List<CapabilityDistribution.Entry> entries = CapabilityDistribution.of(blocs, capability);
        Map<String, Double> effective = new HashMap<>();
        Map<String, List<EffectiveCapability.Result>> byMember = new HashMap<>();
        for (Bloc bloc : blocs) {
            Double total = 0.0;
            List<EffectiveCapability.Result> results = new ArrayList<>();
            for (String member : bloc.members()) {
                if (!capability.containsKey(member)) {
                    total = null;
                    break;
                }
                EffectiveCapability.Result r = EffectiveCapability.of(member, capability, outsideBloc(weights, bloc));
                total += r.effective();
                results.add(r);
            }
            effective.put(bloc.name(), total);
            byMember.put(bloc.name(), results);
        }
        double effectiveSum = effective.values().stream().allMatch(Objects::nonNull)
                ? effective.values().stream().mapToDouble(Double::doubleValue).sum() : Double.NaN;
        List<PowerResult.BlocPower> powers = new ArrayList<>();
        for (CapabilityDistribution.Entry entry : entries) {
            Double eff = effective.get(entry.bloc());
            powers.add(new PowerResult.BlocPower(entry, eff, eff == null || Double.isNaN(effectiveSum) ? null
                    : eff / effectiveSum, byMember.get(entry.bloc())));
        }
        List<PowerResult.Ratio> ratios = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                String a = entries.get(i).bloc();
                String b = entries.get(j).bloc();
                ratios.add(new PowerResult.Ratio(a, b, CapabilityDistribution.ratio(entries.get(i).capability(),
                        entries.get(j).capability()), CapabilityDistribution.ratio(effective.get(a),
                                effective.get(b))));
            }
        }
        return new PowerResult.YearPower(year, powers, ratios);
    }

    /** Weights restricted to partners outside the bloc (members already count in full). */
    private static AlignmentWeights outsideBloc(AlignmentWeights weights, Bloc bloc) {
        AlignmentWeights.Builder builder = AlignmentWeights.builder();
        for (String member : bloc.members()) {
            for (String partner : weights.partners(member)) {
                if (!bloc.members().contains(partner)) {
                    builder.set(member, partner, weights.weight(member, partner));
                }
            }
        }
        return builder.build();
    }

    /** The members' weights in a year: the strongest positive curated relation with each partner, then overrides. */
    private static AlignmentWeights weights(PowerRequest.Partners rule, List<Relation> relations, Set<String> members,
            List<ResolvedWeight> overrides, int year) {
        AlignmentWeights.Builder builder = AlignmentWeights.builder();
        if (rule == PowerRequest.Partners.RELATIONS) {
            Map<String, Double> strongest = new HashMap<>();
            for (Relation relation : relations) {
                if (relation.sign().value() > 0 && relation.period().overlapsYear(year)
                        && (members.contains(relation.a()) || members.contains(relation.b()))) {
                    strongest.merge(relation.a() + ":" + relation.b(), relation.strength(), Math::max);
                    strongest.merge(relation.b() + ":" + relation.a(), relation.strength(), Math::max);
                }
            }
            strongest.forEach((pair, w) -> {
                String[] ids = pair.split(":");
                if (members.contains(ids[0])) {
                    builder.set(ids[0], ids[1], w);
                }
            });
        }
        for (ResolvedWeight override : overrides) {
            try {
                builder.set(override.actor(), override.partner(), override.asked().weight());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("weight", override.asked() + ": " + e.getMessage());
            }
        }
        return builder.build();
    }

    /** Capability of every member and every weighted partner in the year; absent where the dataset has none. */
    private static Map<String, Double> capabilities(CaseSnapshot snapshot, boolean cinc, int year, Set<String> members,
            AlignmentWeights weights, Map<String, Actor> known) {
        Set<String> needed = new LinkedHashSet<>(members);
        members.forEach(m -> needed.addAll(weights.partners(m)));
        Map<String, Double> capability = new HashMap<>();
        for (String id : needed) {
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
