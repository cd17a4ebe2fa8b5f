package org.counterweight.core.network;

import java.util.Locale;
import java.util.Optional;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.model.Sign;

/**
 * Tie evidence from coded events: the cooperation or conflict two states directed at each other in
 * a year, read from their events in both directions, for the years after the tie datasets (ATOP,
 * the strategic rivalries) end.
 *
 * <p>The measure is the mean Goldstein value of the dyad-year's events: Goldstein, Joshua S. 1992.
 * "A Conflict-Cooperation Scale for WEIS Events Data." <i>Journal of Conflict Resolution</i> 36(2):
 * 369-385, which scores every event type from -10 (most conflictual) to +10 (most cooperative); the
 * event data give each CAMEO event code its value (Schrodt, Philip A. 2012. <i>CAMEO Codebook</i>
 * 1.1b3; GDELT's GoldsteinScale, ICEWS's Intensity). A mean is used rather than a sum because the sum
 * grows with the volume of reporting; the QuadClass counts are given beside it in the reason.
 *
 * <p>The thresholds are this project's, not the paper's, and are stated so a reader can change them:
 * <ul>
 * <li>at least {@value #MIN_EVENTS} events in the year (both directions): fewer say little about a
 * relationship;</li>
 * <li>a mean of at least +{@value #MIN_MEAN} is a positive tie, at most -{@value #MIN_MEAN} a negative
 * one (on Goldstein's scale, consultations and statements of intent score about +1 to +4; threats,
 * demands and protests below -1); a mean in between gives no evidence;</li>
 * <li>the weight is the mean's size on the scale ({@code |mean| / 10}), at most {@value #MAX_WEIGHT}:
 * events alone never outweigh a defence obligation (1.0) or a rivalry (1.0), and weigh with the
 * other evidence as {@link SignRules} adds it.</li>
 * </ul>
 */
public final class EventTieRule {
    /** The fewest events (both directions) in a year that can be evidence of a tie. */
    public static final int MIN_EVENTS = 20;
    /** The smallest mean Goldstein value, in size, that signs a tie. */
    public static final double MIN_MEAN = 1.0;
    /** The largest weight event evidence lends a tie. */
    public static final double MAX_WEIGHT = 0.5;

    /** The rule in one line, for notes under results. */
    public static final String SUMMARY = "Event-based ties (years after the tie datasets end, where event data are"
            + " imported): the mean Goldstein (1992) value of the pair's events in both directions, at least "
            + MIN_EVENTS + " events; +" + MIN_MEAN + " or more positive, -" + MIN_MEAN + " or less negative; weight"
            + " |mean|/10, at most " + MAX_WEIGHT + ".";

    private EventTieRule() {
    }

    /**
     * The evidence the events of {@code a} and {@code b} in {@code year} give, if any.
     *
     * @param both     the tally of both directions' events in the year
     * @param coverage what the imported files cover of the year, for the reason ("7 of 12 months
     *                 covered by GDELT 2.0 files")
     */
    public static Optional<TieEvidence> evidence(String a, String b, int year, DyadTally both, String coverage) {
        if (both.events() < MIN_EVENTS) {
            return Optional.empty();
        }
        double mean = both.goldsteinMean();
        if (Math.abs(mean) < MIN_MEAN) {
            return Optional.empty();
        }
        Sign sign = mean > 0 ? Sign.POSITIVE : Sign.NEGATIVE;
        double weight = Math.min(MAX_WEIGHT, Math.abs(mean) / 10);
        String reason = String.format(Locale.ROOT, "events %s-%s %d: %d events, mean Goldstein %+.2f (cooperation %d,"
                + " conflict %d; %s)", a, b, year, both.events(), mean, both.cooperation(), both.conflict(), coverage);
        return Optional.of(TieEvidence.eventBased(a, b, sign, weight, reason));
    }
}
