package org.counterweight.core.events;

import java.io.Serializable;

/**
 * Cooperation and conflict between a source and a target in one period, tallied from their events:
 * the number of events, the number in each QuadClass, the sum of their Goldstein values, and the
 * same sum weighted by the events' mention counts. Written as zero / reduce / merge (and the derived
 * values as finishers) so that one definition serves every engine: the DuckDB path reduces each
 * dyad-month where the events are and merges the months, the Spark job reduces within partitions and
 * merges across them, and both give the same numbers.
 *
 * <p>The Goldstein scale (Goldstein, Joshua S. 1992. "A Conflict-Cooperation Scale for WEIS Events
 * Data." <i>Journal of Conflict Resolution</i> 36(2): 369-385) scores each event type from -10 (most
 * conflictual) to +10 (most cooperative); CAMEO assigns a value to every event code (Schrodt, Philip
 * A. 2012. <i>CAMEO Codebook</i> 1.1b3). The sum grows with the volume of reporting; the mean is
 * the average intensity. The QuadClass split follows CAMEO's root codes ({@link QuadClass}).
 *
 * <p><b>Mention weighting.</b> GDELT's NumMentions counts the mentions of an event in all source
 * documents of the 15-minute update (1.0: of the day) in which it was found (GDELT Event Codebook
 * V2.0, 2015-02-19, field NumMentions; GDELT 1.0 Event Database codebook, same field), a measure of an
 * event's prominence. The mention-weighted sum is Σ m_i g_i and the mention-weighted mean
 * Σ m_i g_i / Σ m_i over the events' mentions m_i and Goldstein values g_i: an event reported in
 * ten documents counts ten times. A dataset without mention counts (ICEWS) gives no weights: where
 * any event of the period lacks one, both weighted values are absent ({@link #mentionBasis()} says
 * why), never computed from the events that have them and never 0.
 *
 * <p>The tally counts the events it is given: the caller decides whether those are the events as the
 * dataset gives them or those left after one-a-day de-duplication ({@link OneADay}).
 *
 * @param events                      events in the period
 * @param verbalCooperation           QuadClass 1 events
 * @param materialCooperation         QuadClass 2 events
 * @param verbalConflict              QuadClass 3 events
 * @param materialConflict            QuadClass 4 events
 * @param goldsteinSum                sum of the events' Goldstein values
 * @param mentionedEvents             events with a mention count (GDELT NumMentions)
 * @param mentions                    sum of those events' mention counts
 * @param mentionWeightedGoldstein    sum of those events' mention count times Goldstein value
 */
public record DyadTally(long events, long verbalCooperation, long materialCooperation, long verbalConflict,
        long materialConflict, double goldsteinSum, long mentionedEvents, long mentions,
        double mentionWeightedGoldstein) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** No events: the tally of a covered period in which the dyad has none. */
    public static final DyadTally ZERO = new DyadTally(0, 0, 0, 0, 0, 0.0, 0, 0, 0.0);

    public DyadTally {
        if (events < 0 || verbalCooperation < 0 || materialCooperation < 0 || verbalConflict < 0
                || materialConflict < 0 || mentionedEvents < 0 || mentions < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (verbalCooperation + materialCooperation + verbalConflict + materialConflict != events) {
            throw new IllegalArgumentException("the QuadClass counts must add up to the events");
        }
        if (mentionedEvents > events) {
            throw new IllegalArgumentException("more events with mentions (" + mentionedEvents + ") than events ("
                    + events + ")");
        }
    }

    /** The tally of one event; {@code mentions} null when the dataset gives none (ICEWS). */
    public static DyadTally of(QuadClass quadClass, double goldstein, Integer mentions) {
        return ZERO.reduce(quadClass, goldstein, mentions);
    }

    /** This tally with one more event; {@code mentions} null when the dataset gives none. */
    public DyadTally reduce(QuadClass quadClass, double goldstein, Integer mentions) {
        if (mentions != null && mentions < 0) {
            throw new IllegalArgumentException("mentions cannot be negative, got " + mentions);
        }
        return new DyadTally(events + 1,
                verbalCooperation + (quadClass == QuadClass.VERBAL_COOPERATION ? 1 : 0),
                materialCooperation + (quadClass == QuadClass.MATERIAL_COOPERATION ? 1 : 0),
                verbalConflict + (quadClass == QuadClass.VERBAL_CONFLICT ? 1 : 0),
                materialConflict + (quadClass == QuadClass.MATERIAL_CONFLICT ? 1 : 0),
                goldsteinSum + goldstein, mentionedEvents + (mentions == null ? 0 : 1),
                this.mentions + (mentions == null ? 0 : mentions),
                mentionWeightedGoldstein + (mentions == null ? 0.0 : mentions * goldstein));
    }

    /** The tally of both periods' events (associative and commutative, up to floating-point rounding). */
    public DyadTally merge(DyadTally other) {
        return new DyadTally(events + other.events, verbalCooperation + other.verbalCooperation,
                materialCooperation + other.materialCooperation, verbalConflict + other.verbalConflict,
                materialConflict + other.materialConflict, goldsteinSum + other.goldsteinSum,
                mentionedEvents + other.mentionedEvents, mentions + other.mentions,
                mentionWeightedGoldstein + other.mentionWeightedGoldstein);
    }

    /** The mean Goldstein value, or null when there are no events (a mean of nothing is not 0). */
    public Double goldsteinMean() {
        return events == 0 ? null : goldsteinSum / events;
    }

    /** Whether every event has a mention count, so that the weighted values are defined. */
    public boolean mentionsCovered() {
        return mentionedEvents == events;
    }

    /**
     * Σ mentions x Goldstein over the events, or null when an event has no mention count (not
     * covered, see {@link #mentionBasis()}); 0 in a covered period without events.
     */
    public Double mentionWeightedGoldsteinSum() {
        return mentionsCovered() ? mentionWeightedGoldstein : null;
    }

    /**
     * Σ mentions x Goldstein / Σ mentions, or null when an event has no mention count, or there are no
     * events or no mentions (a mean of nothing is not 0).
     */
    public Double mentionWeightedGoldsteinMean() {
        return mentionsCovered() && mentions > 0 ? mentionWeightedGoldstein / mentions : null;
    }

    /**
     * {@code event-based} when every event has a mention count, else {@code not covered: ...} with how
     * many do not (ICEWS codes none).
     */
    public String mentionBasis() {
        return mentionsCovered() ? "event-based" : "not covered: " + (events - mentionedEvents) + " of " + events
                + " events have no mention count (ICEWS codes none)";
    }

    /** Events of QuadClass 1 and 2. */
    public long cooperation() {
        return verbalCooperation + materialCooperation;
    }

    /** Events of QuadClass 3 and 4. */
    public long conflict() {
        return verbalConflict + materialConflict;
    }

    /** Events of QuadClass 1 and 3. */
    public long verbal() {
        return verbalCooperation + verbalConflict;
    }

    /** Events of QuadClass 2 and 4. */
    public long material() {
        return materialCooperation + materialConflict;
    }
}
