package org.counterweight.app.analysis;

import java.util.List;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.power.CapabilityDistribution;
import org.counterweight.core.power.EffectiveCapability;

/**
 * Capability of actors or blocs by year, own and effective.
 *
 * @param measure  what capability is
 * @param source   the dataset version read (COW NMC or SIPRI military expenditure)
 * @param partners where partners' weights came from
 * @param weights  the weights set by hand
 * @param years    each year's blocs and ratios, in order
 * @param warnings how the actors asked for were read: guesses, the states standing for them by year, years
 *                 without one
 */
public record PowerResult(PowerRequest.Measure measure, DatasetCoverage source, PowerRequest.Partners partners,
        List<PowerRequest.Weight> weights, List<YearPower> years, List<String> warnings) {
    public PowerResult {
        weights = List.copyOf(weights);
        years = List.copyOf(years);
        warnings = List.copyOf(warnings);
    }

    /**
     * One year.
     *
     * @param blocs  each bloc's capability and share, own and effective, in the order asked
     * @param ratios each pair of blocs (in the order asked): own and effective capability ratio
     */
    public record YearPower(int year, List<BlocPower> blocs, List<Ratio> ratios) {
        public YearPower {
            blocs = List.copyOf(blocs);
            ratios = List.copyOf(ratios);
        }
    }

    /**
     * A bloc in a year.
     *
     * @param own            the bloc's capability (null when a member has no figure) and share of all blocs'
     * @param effective      own plus what partners outside the bloc lend its members; null when a member has
     *                       no figure
     * @param effectiveShare the effective capability's share of all blocs' effective capability, or null
     * @param members        each member's effective capability with its partners' contributions, in member
     *                       order up to the first member without a figure
     */
    public record BlocPower(CapabilityDistribution.Entry own, Double effective, Double effectiveShare,
            List<EffectiveCapability.Result> members) {
        public BlocPower {
            members = List.copyOf(members);
        }

        public String bloc() {
            return own.bloc();
        }
    }

    /**
     * The ratio of bloc a to bloc b.
     *
     * @param ratio          own capability a / b, null when either is unknown or b is 0
     * @param effectiveRatio effective capability a / b, likewise
     */
    public record Ratio(String a, String b, Double ratio, Double effectiveRatio) {
    }

    /** The year's figures. */
    public YearPower year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no year " + year + " in the result"));
    }

    /** The dataset as notes name it: "COW NMC v7.0 CINC", "SIPRI Military Expenditure Database, release 2024". */
    public String sourceName() {
        return sourceName(measure, source);
    }

    static String sourceName(PowerRequest.Measure measure, DatasetCoverage source) {
        return measure == PowerRequest.Measure.CINC ? "COW NMC v" + source.version() + " CINC"
                : "SIPRI Military Expenditure Database, release " + source.version();
    }
}
