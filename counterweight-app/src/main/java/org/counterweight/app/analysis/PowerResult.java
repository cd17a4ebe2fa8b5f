package org.counterweight.app.analysis;

import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.power.CapabilityDistribution;
import org.counterweight.core.power.EffectiveCapability;

/**
 * Capability of actors or blocs by year, own and effective (with partners), under the main weighting
 * and, for each ratio, under every weighting.
 *
 * @param measure  what capability is
 * @param source   the dataset version read (COW NMC or SIPRI military expenditure)
 * @param partners the main weighting of third parties
 * @param weights  the weights set by hand
 * @param carry    whether ATOP was carried past its last year
 * @param years    each year's blocs and ratios, in order
 * @param warnings how the actors asked for were read: guesses, the states standing for them by year, years
 *                 without one
 */
public record PowerResult(PowerRequest.Measure measure, DatasetCoverage source, PowerRequest.Partners partners,
        List<PowerRequest.Weight> weights, Carry carry, List<YearPower> years, List<String> warnings) {
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
     * @param atop   the basis of the year's treaty and portfolio evidence: observed, carried forward from
     *               ATOP's last year, or not covered
     * @param capability the basis of the year's capabilities: observed, or NMC's last year carried forward
     */
    public record YearPower(int year, List<BlocPower> blocs, List<Ratio> ratios, Basis atop, Basis capability) {
        public YearPower {
            blocs = List.copyOf(blocs);
            ratios = List.copyOf(ratios);
        }
    }

    /**
     * A bloc in a year.
     *
     * @param own            the bloc's capability (null when a member has no figure) and share of all blocs'
     * @param effective      own plus what third parties lend it under the main weighting; null when a
     *                       member has no figure or a weight is not covered
     * @param effectiveShare the effective capability's share of all blocs' effective capability, or null
     * @param support        the main weighting's weights and contributions
     */
    public record BlocPower(CapabilityDistribution.Entry own, Double effective, Double effectiveShare,
            Support support) {
        public String bloc() {
            return own.bloc();
        }
    }

    /**
     * What third parties lend a bloc under one weighting in one year.
     *
     * @param method     the weighting
     * @param weights    the third parties that lend something, and those worth naming that lend nothing
     *                   (a treaty overruled, a partnership without a treaty) or whose weight is not covered
     * @param result     own plus contributions; null when the bloc has no figure or a weight is not covered
     * @param notCovered why there is no effective capability; null when there is one
     */
    public record Support(PowerRequest.Partners method, List<PartnerWeight> weights, EffectiveCapability.Result result,
            String notCovered) {
        public Support {
            weights = List.copyOf(weights);
            if ((result == null) == (notCovered == null)) {
                throw new IllegalArgumentException("a support has either a result or the reason it has none");
            }
        }

        /** Own plus contributions, or null. */
        public Double effective() {
            return result == null ? null : result.effective();
        }
    }

    /**
     * A third party's weight for a bloc.
     *
     * @param partner the third party
     * @param weight  what it lends, with its basis: observed (the year's ATOP), carried forward from ATOP's
     *                last year, curated (a treaty overruled by the case's curated evidence, or a weight set
     *                by hand), or not covered
     * @param reason  why, in words ("ATOP 5.1 defence obligation of USA toward PAK")
     */
    public record PartnerWeight(String partner, BasedValue weight, String reason) {
    }

    /**
     * The ratio of bloc a to bloc b.
     *
     * @param ratio          own capability a / b, null when either is unknown or b is 0
     * @param effectiveRatio effective capability a / b under the main weighting, likewise
     * @param methods        the effective ratio under every weighting, in {@link PowerRequest.Partners} order
     * @param low            the least of {@code methods}' ratios that are known, or null when none is
     * @param high           the greatest, or null
     */
    public record Ratio(String a, String b, Double ratio, Double effectiveRatio, List<MethodRatio> methods, Double low,
            Double high) {
        public Ratio {
            methods = List.copyOf(methods);
        }

        /** The effective ratio under {@code method}, or null. */
        public Double under(PowerRequest.Partners method) {
            return methods.stream().filter(m -> m.method() == method).findFirst().map(MethodRatio::ratio)
                    .orElse(null);
        }
    }

    /** The effective ratio under one weighting; null when unknown (a figure or weight not covered). */
    public record MethodRatio(PowerRequest.Partners method, Double ratio) {
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
