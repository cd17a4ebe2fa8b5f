package org.counterweight.core.power;

import java.util.Locale;
import org.counterweight.core.model.AllianceObligation;

/**
 * How much of a third party's capability a side can expect in a war: the weights w in
 * {@link EffectiveCapability}'s C_eff = C + &Sigma;<sub>k</sub> w<sub>k</sub> C<sub>k</sub>, from two
 * published lines of work. Each weight is in [0, 1].
 *
 * <p><b>Obligation-based</b> ({@link #obligationWeight}): a third party that holds an ATOP defence or
 * offence obligation toward the side (Leeds, Ritter, Mitchell &amp; Long 2002, "Alliance Treaty
 * Obligations and Provisions, 1815-1944", <i>International Interactions</i> 28) lends it the
 * historical rate at which such wartime commitments were honoured ({@link Reliability}). Neutrality,
 * non-aggression and consultation promise no fighting: honoured, they keep the third party out of
 * the war, which adds nothing to the side's capability, so they weigh 0 whatever their rate. Without
 * a treaty there is no commitment to honour and no rate to apply: weight 0.
 *
 * <p><b>Similarity-based</b> ({@link #similarityWeight}): the third-party term of Bueno de
 * Mesquita's expected-utility models (The War Trap, Yale 1981; Bueno de Mesquita &amp; Lalman, War
 * and Reason, Yale 1992): a third party k adds its capability to the side i it prefers over the
 * opponent j, in proportion to (U<sub>ki</sub> - U<sub>kj</sub>) / 2, the utilities measured by the
 * similarity of alliance portfolios (Bueno de Mesquita used Kendall's tau-b; here Signorino &amp;
 * Ritter's S, which they propose in its place: "Tau-b or Not Tau-b", <i>International Studies
 * Quarterly</i> 43(1), 1999). Departures: Bueno de Mesquita's probability of success also discounts
 * the two principals' own capabilities by (1 - U<sub>ij</sub>) / 2 and adds a risk exponent; here own
 * capability counts in full (so the ratio stays comparable with the ratio of own capabilities) and
 * utilities are risk-neutral. The difference, not S itself, is the weight: alliance portfolios of
 * states with few alliances all look alike (most items "no alliance"; Hage 2011), so S alone would
 * have every third party lend to both sides.
 */
public final class ExpectedSupport {
    private ExpectedSupport() {
    }

    /**
     * Published rates at which alliance commitments were honoured when a war invoked them, applied
     * to defence and offence obligations.
     */
    public enum Reliability {
        /**
         * 74.5% over all obligation types, 1816-1944: Leeds, Long &amp; Mitchell (2000), "Reevaluating
         * Alliance Reliability: Specific Threats, Specific Promises", <i>Journal of Conflict
         * Resolution</i> 44(5):686-699, abstract ("alliances are reliable 74.5% of the time"); Leeds
         * (2003), "Alliance Reliability in Times of War", <i>International Organization</i> 57(4):801-827,
         * finds "about 75 percent" on the same 1816-1944 commitments. Not published by type in the
         * abstracts read, so one rate for both defence and offence.
         */
        LEEDS_LONG_MITCHELL_2000("Leeds, Long & Mitchell (2000)", "1816-1944", 0.745, 0.745),
        /**
         * By type, 1816-2003: defence pacts 41%, offensive alliances 74% (neutrality 78% and
         * non-aggression 37%, which lend no capability): Berkemeier &amp; Fuhrmann (2018),
         * "Reassessing the Fulfillment of Alliance Commitments in War", <i>Research &amp; Politics</i>
         * 5(2), abstract.
         */
        BERKEMEIER_FUHRMANN_2018("Berkemeier & Fuhrmann (2018)", "1816-2003", 0.41, 0.74),
        /**
         * 22% over all types, 1945-2003 (66% before 1945): Berkemeier &amp; Fuhrmann (2018), abstract.
         * The most recent period measured, and the lowest rate.
         */
        BERKEMEIER_FUHRMANN_2018_POST_1945("Berkemeier & Fuhrmann (2018)", "1945-2003", 0.22, 0.22);

        private final String citation;
        private final String period;
        private final double defence;
        private final double offence;

        Reliability(String citation, String period, double defence, double offence) {
            this.citation = citation;
            this.period = period;
            this.defence = defence;
            this.offence = offence;
        }

        /** Authors and year. */
        public String citation() {
            return citation;
        }

        /** The wars the rate was measured on, "1816-1944". */
        public String period() {
            return period;
        }

        /** Share of defence commitments honoured. */
        public double defence() {
            return defence;
        }

        /** Share of offence commitments honoured. */
        public double offence() {
            return offence;
        }

        /** The rates in words: "0.745 for defence and offence", "0.41 for defence, 0.74 for offence". */
        public String rates() {
            return defence == offence ? format(defence) + " for defence and offence"
                    : format(defence) + " for defence, " + format(offence) + " for offence";
        }

        /**
         * The rates with their source: "0.745 for defence and offence (Leeds, Long &amp; Mitchell (2000), wars of
         * 1816-1944)".
         */
        public String describe() {
            return rates() + " (" + citation + ", wars of " + period + ")";
        }
    }

    /**
     * What a third party holding {@code obligation} toward a side lends it: the rate of the strongest
     * supporting promise (defence or offence) it makes, 0 when it makes neither.
     */
    public static double obligationWeight(AllianceObligation obligation, Reliability reliability) {
        double weight = 0;
        if (obligation.defense()) {
            weight = reliability.defence();
        }
        if (obligation.offense()) {
            weight = Math.max(weight, reliability.offence());
        }
        return weight;
    }

    /** The promise behind {@link #obligationWeight}: "defence", "offence", "defence and offence", or null. */
    public static String supportingPromise(AllianceObligation obligation) {
        return obligation.defense() && obligation.offense() ? "defence and offence" : obligation.defense()
                ? "defence" : obligation.offense() ? "offence" : null;
    }

    /**
     * Bueno de Mesquita's third-party weight: max(0, S(k, side) - S(k, opponent)) / 2, with S in [-1, 1].
     * The floor at 0 is the model's rule, not a gap filled: in The War Trap a third party adds its
     * capability, scaled by its utility difference, to the side it prefers; a negative difference is
     * its support for the opponent, which this method counts when called for the opponent's side
     * (arguments swapped), never as capability taken from this side. Halving maps the difference of
     * two scores in [-1, 1] onto [0, 1].
     *
     * @param toSide     similarity of the third party's portfolio to the side's
     * @param toOpponent similarity of the third party's portfolio to the opponent's
     * @throws IllegalArgumentException when a similarity is not in [-1, 1]
     */
    public static double similarityWeight(double toSide, double toOpponent) {
        if (!(toSide >= -1 && toSide <= 1) || !(toOpponent >= -1 && toOpponent <= 1)) {
            throw new IllegalArgumentException("similarities must be in [-1, 1], got " + toSide + " and "
                    + toOpponent);
        }
        return Math.max(0, toSide - toOpponent) / 2;
    }

    private static String format(double rate) {
        return String.format(Locale.ROOT, "%.3f", rate).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
