package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.Rounding;
import org.counterweight.core.power.EffectiveCapability;
import org.counterweight.report.Report;

/** The tables of a {@link PowerResult}: capability by bloc and year, and the ratios of each pair. */
public final class PowerTables {
    private PowerTables() {
    }

    public static List<Report.Table> of(PowerResult result) {
        return List.of(distribution(result), asymmetry(result));
    }

    /** Each bloc's capability and share by year, own and effective, with the partners that added to it. */
    public static Report.Table distribution(PowerResult result) {
        Report.Table.Builder table = Report.Table.builder("power-distribution", "Capability by "
                + (result.measure() == PowerRequest.Measure.CINC ? "CINC"
                        : "military expenditure (constant 2022 US$ m)"), "year", "actor", "capability", "share",
                "effective", "effective_share", "partners_added", "missing");
        for (PowerResult.YearPower year : result.years()) {
            for (PowerResult.BlocPower bloc : year.blocs()) {
                table.row(year.year(), bloc.bloc(), bloc.own().capability(), bloc.own().share(), bloc.effective(),
                        bloc.effectiveShare(), partnersAdded(bloc), String.join(" ", bloc.own().missingMembers()));
            }
        }
        return table.note("Source: " + result.sourceName() + ". Effective = own + sum of w(i,j) x partner's"
                + " capability, one level, partners outside the bloc only; weights: "
                + (result.partners() == PowerRequest.Partners.NONE ? "none" : "curated relations' strengths")
                + (result.weights().isEmpty() ? "" : ", overridden by " + result.weights())
                + ". Empty = a member has no figure (missing or not covered), never 0.").build(null);
    }

    /** The ratio of each pair of blocs by year, own and effective capability. */
    public static Report.Table asymmetry(PowerResult result) {
        Report.Table.Builder table = Report.Table.builder("power-asymmetry", "Power asymmetry: ratio of a to b, own"
                + " and effective capability", "year", "a", "b", "ratio", "effective_ratio");
        for (PowerResult.YearPower year : result.years()) {
            for (PowerResult.Ratio ratio : year.ratios()) {
                table.row(year.year(), ratio.a(), ratio.b(), ratio.ratio(), ratio.effectiveRatio());
            }
        }
        return table.build(null);
    }

    private static String partnersAdded(PowerResult.BlocPower bloc) {
        List<String> added = new ArrayList<>();
        for (EffectiveCapability.Result member : bloc.members()) {
            member.contributions().forEach(c -> added.add(c.partner() + " " + Rounding.round(c.weight(), 2)));
            member.missingPartners().forEach(p -> added.add(p + " (no figure)"));
        }
        return String.join("; ", added);
    }
}
