package org.counterweight.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.NationalCapabilities;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.core.power.AlignmentWeights;
import org.counterweight.core.power.CapabilityDistribution;
import org.counterweight.core.power.CapabilityDistribution.Bloc;
import org.counterweight.core.power.EffectiveCapability;
import org.counterweight.core.model.DatasetCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "power", description = {"Capability shares and ratios for actors or blocs by year (CINC from COW NMC, or"
        + " SIPRI military expenditure), and effective capability that adds alignment-weighted partners.",
    "Weights (--partners relations, the default): w(i,j) = strength of the strongest curated positive relation"
            + " (partnership, alliance, alignment, dependence) between i and j holding in the year; override with"
            + " --weight IND:USA=0.5 (what USA lends IND). --partners none counts own capability only."})
final class PowerCommand extends StoreCommand {
    @Option(names = "--actors", paramLabel = "A,B,...", split = ",", required = true,
            description = "Actors, or blocs written A+B (e.g. --actors IND,PAK or --actors USA+IND,CHN+PAK).")
    List<String> actors;

    @Option(names = "--from", paramLabel = "Y", description = "First year (default: --to).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year (default: the measure's last year).")
    Integer to;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "cinc", description = "cinc (COW NMC) or milex (SIPRI, constant US$).")
    String measure;

    @Option(names = "--partners", paramLabel = "RULE", defaultValue = "relations", description = "relations or none.")
    String partners;

    @Option(names = "--weight", paramLabel = "A:P=W", description = "Override a weight: what partner P lends actor A, 0-1.")
    List<String> overrides = new ArrayList<>();

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (!measure.equals("cinc") && !measure.equals("milex")) {
            throw new UserInputException("--measure must be cinc or milex, got '" + measure + "'");
        }
        if (!partners.equals("relations") && !partners.equals("none")) {
            throw new UserInputException("--partners must be relations or none, got '" + partners + "'");
        }
        List<Bloc> blocs = new ArrayList<>();
        Set<String> members = new LinkedHashSet<>();
        for (String item : actors) {
            List<String> ids = new ArrayList<>();
            for (String part : item.split("\\+")) {
                ids.add(workbench.actor(part.strip(), "--actors").id());
            }
            blocs.add(new Bloc(String.join("+", ids), ids));
            members.addAll(ids);
        }
        DatasetCoverage coverage = measure.equals("cinc") ? workbench.datasets().nmcVersions().get(0)
                : workbench.datasets().milexReleases().stream().findFirst()
                        .orElseThrow(() -> new UserInputException("no SIPRI military expenditure loaded"));
        int last = to != null ? to : coverage.lastYear();
        int first = from != null ? from : last;
        if (last < first) {
            throw new UserInputException("--to " + last + " is before --from " + first);
        }
        if (first < coverage.firstYear() || last > coverage.lastYear()) {
            throw new UserInputException("years " + first + "-" + last + " are outside " + describe(coverage) + " ("
                    + coverage.firstYear() + "-" + coverage.lastYear() + ")");
        }
        List<Relation> relations = workbench.cases().relations(null);
        ResultTable distribution = new ResultTable("Capability by " + (measure.equals("cinc") ? "CINC" : "military"
                + " expenditure (constant 2022 US$ m)"), "year", "actor", "capability", "share", "effective",
                "effective_share", "partners_added", "missing");
        ResultTable asymmetry = new ResultTable("Power asymmetry: ratio of a to b, own and effective capability",
                "year", "a", "b", "ratio", "effective_ratio");
        for (int year = first; year <= last; year++) {
            AlignmentWeights weights = weights(workbench, relations, members, year);
            Map<String, Double> capability = capabilities(workbench, coverage, year, members, weights);
            List<CapabilityDistribution.Entry> entries = CapabilityDistribution.of(blocs, capability);
            Map<String, Double> effective = new HashMap<>();
            Map<String, String> added = new HashMap<>();
            for (Bloc bloc : blocs) {
                Double total = 0.0;
                List<String> contributions = new ArrayList<>();
                for (String member : bloc.members()) {
                    if (!capability.containsKey(member)) {
                        total = null;
                        break;
                    }
                    EffectiveCapability.Result result = EffectiveCapability.of(member, capability,
                            outsideBloc(weights, bloc, members));
                    total += result.effective();
                    result.contributions().forEach(c -> contributions.add(c.partner() + " " + org.counterweight.app.Rounding.round(c.weight(), 2)));
                    result.missingPartners().forEach(p -> contributions.add(p + " (no figure)"));
                }
                effective.put(bloc.name(), total);
                added.put(bloc.name(), String.join("; ", contributions));
            }
            double effectiveSum = effective.values().stream().allMatch(java.util.Objects::nonNull)
                    ? effective.values().stream().mapToDouble(Double::doubleValue).sum() : Double.NaN;
            for (CapabilityDistribution.Entry entry : entries) {
                Double eff = effective.get(entry.bloc());
                distribution.add(year, entry.bloc(), entry.capability(), entry.share(), eff,
                        eff == null || Double.isNaN(effectiveSum) ? null : eff / effectiveSum, added.get(entry.bloc()),
                        String.join(" ", entry.missingMembers()));
            }
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    asymmetry.add(year, entries.get(i).bloc(), entries.get(j).bloc(),
                            CapabilityDistribution.ratio(entries.get(i).capability(), entries.get(j).capability()),
                            CapabilityDistribution.ratio(effective.get(entries.get(i).bloc()),
                                    effective.get(entries.get(j).bloc())));
                }
            }
        }
        distribution.note("Source: " + describe(coverage) + ". Effective = own + sum of w(i,j) x partner's capability,"
                + " one level, partners outside the bloc only; weights: " + (partners.equals("none") ? "none"
                        : "curated relations' strengths") + (overrides.isEmpty() ? "" : ", overridden by " + overrides)
                + ". Empty = a member has no figure (missing or not covered), never 0.");
        return List.of(distribution, asymmetry);
    }

    private static String describe(DatasetCoverage coverage) {
        return coverage.dataset().startsWith("cow-nmc") ? "COW NMC v" + coverage.version() + " CINC"
                : "SIPRI Military Expenditure Database, release " + coverage.version();
    }

    /** Weights restricted to partners outside the bloc (members already count in full). */
    private static AlignmentWeights outsideBloc(AlignmentWeights weights, Bloc bloc, Set<String> all) {
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

    private AlignmentWeights weights(Workbench workbench, List<Relation> relations, Set<String> members, int year) {
        AlignmentWeights.Builder builder = AlignmentWeights.builder();
        if (partners.equals("relations")) {
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
        for (String override : overrides) {
            String[] parts = override.split("[:=]");
            if (parts.length != 3) {
                throw new UserInputException("--weight must look like IND:USA=0.5, got '" + override + "'");
            }
            try {
                builder.set(workbench.actor(parts[0], "--weight").id(), workbench.actor(parts[1], "--weight").id(),
                        Double.parseDouble(parts[2]));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--weight " + override + ": " + e.getMessage());
            }
        }
        return builder.build();
    }

    /** Capability of every member and every weighted partner in the year; absent when the dataset has none. */
    private Map<String, Double> capabilities(Workbench workbench, DatasetCoverage coverage, int year, Set<String> members,
            AlignmentWeights weights) {
        Set<String> needed = new LinkedHashSet<>(members);
        members.forEach(m -> needed.addAll(weights.partners(m)));
        Map<String, Double> capability = new HashMap<>();
        Map<Integer, NationalCapabilities> nmc = measure.equals("cinc") ? workbench.datasets()
                .nmc(coverage.version(), year, year).stream()
                .collect(Collectors.toMap(NationalCapabilities::cowCode, n -> n)) : Map.of();
        for (String id : needed) {
            Actor actor = workbench.directory().byId(id).orElse(null);
            if (actor == null || actor.cowCode() == null) {
                continue;
            }
            if (measure.equals("cinc")) {
                NationalCapabilities row = nmc.get(actor.cowCode());
                if (row != null && row.publishedCinc().isPresent()) {
                    capability.put(id, row.publishedCinc().getAsDouble());
                }
            } else {
                workbench.datasets().milex(coverage.version(), actor.cowCode(), year, year).stream()
                        .filter(m -> m.constantStatus() == ValueStatus.VALUE).findFirst()
                        .ifPresent(m -> capability.put(id, m.constantUsdMillions().getAsDouble()));
            }
        }
        return capability;
    }
}
