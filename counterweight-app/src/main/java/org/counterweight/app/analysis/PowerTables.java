package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterweight.app.Rounding;
import org.counterweight.core.model.Basis;
import org.counterweight.core.power.EffectiveCapability;
import org.counterweight.report.Report;

/**
 * The tables of a {@link PowerResult}: capability by bloc and year; the ratios of each pair with the
 * main weighting named, the range over every weighting and the assumption in words; and each pair's
 * ratio under every weighting.
 */
public final class PowerTables {
    /** Beyond this many spells of one bloc's assumption, only the last year's is stated. */
    private static final int MAX_SPELLS = 6;

    private PowerTables() {
    }

    public static List<Report.Table> of(PowerResult result) {
        return List.of(distribution(result), asymmetry(result), methods(result));
    }

    /** Each bloc's capability and share by year, own and effective, with the third parties that added to it. */
    public static Report.Table distribution(PowerResult result) {
        Report.Table.Builder table = Report.Table.builder("power-distribution", "Capability by " + measure(result),
                "year", "actor", "capability", "share", "effective", "effective_share", "partners_added", "missing",
                "capability_basis");
        for (PowerResult.YearPower year : result.years()) {
            for (PowerResult.BlocPower bloc : year.blocs()) {
                table.row(year.year(), bloc.bloc(), bloc.own().capability(), bloc.own().share(), bloc.effective(),
                        bloc.effectiveShare(), partnersAdded(bloc.support()), String.join(" ",
                                bloc.own().missingMembers()), year.capability().label());
            }
        }
        carriedNote(result).ifPresent(table::note);
        return table.note("Source: " + result.sourceName() + ". Effective = own + sum of w x third party's"
                + " capability, one level; third parties: the case's states in none of the blocs, each lending a bloc"
                + " once, at the largest weight it lends a member. Weights (" + result.partners().label() + "): "
                + result.partners().describe() + (result.weights().isEmpty() ? "" : "; overridden by "
                        + result.weights()) + ". Empty = a member has no figure or a weight is not covered, never 0.")
                .build(null);
    }

    /**
     * The ratio of each pair of blocs by year, own and effective under the main weighting, with the
     * least and greatest effective ratio over every weighting; notes name the weighting and its
     * source, say what the range means, and state each bloc's assumption in words.
     */
    public static Report.Table asymmetry(PowerResult result) {
        Report.Table.Builder table = Report.Table.builder("power-asymmetry", "Power asymmetry: ratio of a to b, own"
                + " and with partners", "year", "a", "b", "ratio", "effective_ratio", "ratio_low", "ratio_high",
                "partners_method", "capability_basis");
        for (PowerResult.YearPower year : result.years()) {
            for (PowerResult.Ratio ratio : year.ratios()) {
                table.row(year.year(), ratio.a(), ratio.b(), ratio.ratio(), ratio.effectiveRatio(), ratio.low(),
                        ratio.high(), result.partners().label(), year.capability().label());
            }
        }
        carriedNote(result).ifPresent(table::note);
        table.note("With partners (effective_ratio): " + result.partners().describe() + ". Source: "
                + result.sourceName() + ".");
        table.note(rangeNote());
        assumptions(result).forEach(table::note);
        return table.build(null);
    }

    /** Where the capability dataset ends and its last year is carried, or empty when no year is carried. */
    private static Optional<String> carriedNote(PowerResult result) {
        return result.years().stream().map(PowerResult.YearPower::capability).filter(b -> b.kind()
                == Basis.Kind.CARRIED_FORWARD).findFirst().map(b -> result.sourceName()
                        + " ends in " + b.fromYear() + ": later years carry each state's " + b.fromYear() + " CINC ("
                        + b.note() + "; capability_basis says which).");
    }

    /** What the range columns mean, with every weighting and its source. */
    public static String rangeNote() {
        List<String> methods = new ArrayList<>();
        for (PowerRequest.Partners method : PowerRequest.Partners.values()) {
            methods.add(method.label() + ": " + method.describe());
        }
        return "ratio_low, ratio_high: the least and greatest effective ratio over the " + methods.size()
                + " weightings of third parties (" + String.join("; ", methods) + "), each in the power-methods table;"
                + " a weighting without a figure in a year is left out. The range is the spread due to the assumption"
                + " about support, not a statistical interval; CINC is material capability, not usable force.";
    }

    /** Each pair's effective ratio under every weighting, with the basis of the year's treaty evidence. */
    public static Report.Table methods(PowerResult result) {
        List<String> columns = new ArrayList<>(List.of("year", "a", "b"));
        for (PowerRequest.Partners method : PowerRequest.Partners.values()) {
            columns.add(method.label().replace('-', '_'));
        }
        columns.add("atop_basis");
        columns.add("capability_basis");
        Report.Table.Builder table = Report.Table.builder("power-methods", "Ratio of a to b with partners, under each"
                + " weighting", columns.toArray(String[]::new));
        for (PowerResult.YearPower year : result.years()) {
            for (PowerResult.Ratio ratio : year.ratios()) {
                List<Object> row = new ArrayList<>(List.of(year.year(), ratio.a(), ratio.b()));
                ratio.methods().forEach(m -> row.add(m.ratio()));
                row.add(year.atop().label());
                row.add(year.capability().label());
                table.row(row.toArray());
            }
        }
        return table.note("Empty = not covered (a figure or a weight), never 0. atop_basis: the year's ATOP"
                + " obligations and portfolios are observed, carried forward from ATOP's last year (--no-carry to"
                + " switch off), or not covered. capability_basis: observed, or NMC's last year carried forward.")
                .build(null);
    }

    /**
     * Each bloc's assumption under the main weighting, in words, by spells of years saying the same
     * ("PAK 2000-2017: PAK is credited with 0.745 of USA's CINC because ..."); a bloc whose assumption
     * changes more than {@value #MAX_SPELLS} times is stated for the last year only.
     */
    public static List<String> assumptions(PowerResult result) {
        Map<String, List<Spell>> spells = new LinkedHashMap<>();
        for (PowerResult.YearPower year : result.years()) {
            for (PowerResult.BlocPower bloc : year.blocs()) {
                String sentence = assumption(result, bloc);
                List<Spell> blocSpells = spells.computeIfAbsent(bloc.bloc(), b -> new ArrayList<>());
                int last = blocSpells.size() - 1;
                if (last >= 0 && blocSpells.get(last).text().equals(sentence)) {
                    blocSpells.set(last, new Spell(blocSpells.get(last).first(), year.year(), sentence));
                } else {
                    blocSpells.add(new Spell(year.year(), year.year(), sentence));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        spells.forEach((bloc, blocSpells) -> {
            boolean lastOnly = blocSpells.size() > MAX_SPELLS;
            for (Spell spell : lastOnly ? blocSpells.subList(blocSpells.size() - 1, blocSpells.size()) : blocSpells) {
                notes.add("Assumption (" + result.partners().label() + "), " + bloc + " " + spell.first()
                        + (spell.first() == spell.last() ? "" : "-" + spell.last()) + ": " + spell.text()
                        + (lastOnly ? " (weights change from year to year; partners_added gives each year's)" : ""));
            }
        });
        return notes;
    }

    /** Years [first, last] in which a bloc's assumption reads {@code text}. */
    private record Spell(int first, int last, String text) {
    }

    /** One bloc's assumption in one year. */
    private static String assumption(PowerResult result, PowerResult.BlocPower bloc) {
        PowerResult.Support support = bloc.support();
        String name = bloc.bloc();
        if (support.notCovered() != null) {
            return "no figure with partners: " + support.notCovered() + ".";
        }
        List<String> credited = new ArrayList<>();
        List<String> nothing = new ArrayList<>();
        List<String> noFigure = support.result().missingPartners();
        for (PowerResult.PartnerWeight weight : support.weights()) {
            double w = weight.weight().value();
            if (w > 0 && noFigure.contains(weight.partner())) {
                nothing.add(weight.partner() + " lends nothing: it has no " + measureWord(result) + " figure, so the "
                        + Rounding.significant(w, 3) + " it would lend because of the " + weight.reason()
                        + " credits " + name + " with none");
            } else if (w > 0) {
                credited.add(name + " is credited with " + Rounding.significant(w, 3) + " of " + weight.partner()
                        + "'s " + measureWord(result) + " because of the " + weight.reason() + because(result));
            } else {
                nothing.add(weight.partner() + " lends nothing: " + weight.reason());
            }
        }
        if (credited.isEmpty()) {
            credited.add(name + " is credited with no third party's " + measureWord(result) + (!nothing.isEmpty() ? ""
                    : switch (result.partners()) {
                        case NONE -> " (own capability only)";
                        case SIMILARITY -> ": no third party's alliance portfolio is closer to it than to its"
                                + " opponent's";
                        default -> ": no third party of the case holds a defence or offence obligation toward it";
                    }));
        }
        credited.addAll(nothing);
        return String.join("; ", credited) + ".";
    }

    /** Why the weight is what it is, for the main weighting. */
    private static String because(PowerResult result) {
        return switch (result.partners()) {
            case NONE -> "";
            case SIMILARITY -> " (Bueno de Mesquita's third-party weight, half the difference)";
            default -> ", honoured in war at " + result.partners().reliability().describe();
        };
    }

    private static String measure(PowerResult result) {
        return result.measure() == PowerRequest.Measure.CINC ? "CINC" : "military expenditure (constant 2022 US$ m)";
    }

    private static String measureWord(PowerResult result) {
        return result.measure() == PowerRequest.Measure.CINC ? "CINC" : "military expenditure";
    }

    private static String partnersAdded(PowerResult.Support support) {
        List<String> added = new ArrayList<>();
        EffectiveCapability.Result result = support.result();
        if (result == null) {
            return "not covered: " + support.notCovered();
        }
        for (EffectiveCapability.Contribution c : result.contributions()) {
            Basis basis = support.weights().stream().filter(w -> w.partner().equals(c.partner())).findFirst()
                    .orElseThrow().weight().basis();
            added.add(c.partner() + " " + Rounding.significant(c.weight(), 3) + (basis.kind()
                    == Basis.Kind.CARRIED_FORWARD ? " (carried from " + basis.fromYear() + ")" : ""));
        }
        result.missingPartners().forEach(p -> added.add(p + " (no figure)"));
        return String.join("; ", added);
    }
}
