package org.counterweight.core.events;

import java.io.Serializable;

/**
 * Cooperation and conflict between a source and a target in one period, tallied from their events:
 * the number of events, the number in each QuadClass, and the sum of their Goldstein values.
 * Written as zero / reduce / merge (and the derived values as finishers) so that one definition
 * serves every engine: the DuckDB path reduces the rows it streams, the Spark job reduces within
 * partitions and merges across them, and both give the same numbers.
 *
 * <p>The Goldstein scale (Goldstein, Joshua S. 1992. "A Conflict-Cooperation Scale for WEIS Events
 * Data." <i>Journal of Conflict Resolution</i> 36(2): 369-385) scores each event type from -10 (most
 * conflictual) to +10 (most cooperative); CAMEO assigns a value to every event code (Schrodt, Philip
 * A. 2012. <i>CAMEO Codebook</i> 1.1b3). The sum grows with the volume of reporting; the mean is
 * the average intensity. The QuadClass split follows CAMEO's root codes ({@link QuadClass}).
 * Events are counted as the dataset gives them: no one-a-day de-duplication.
 *
 * @param events               events in the period
 * @param verbalCooperation    QuadClass 1 events
 * @param materialCooperation  QuadClass 2 events
 * @param verbalConflict       QuadClass 3 events
 * @param materialConflict     QuadClass 4 events
 * @param goldsteinSum         sum of the events' Goldstein values
 */
public record DyadTally(long events, long verbalCooperation, long materialCooperation, long verbalConflict,
        long materialConflict, double goldsteinSum) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No events: the tally of a covered period in which the dyad has none. */
    public static final DyadTally ZERO = new DyadTally(0, 0, 0, 0, 0, 0.0);

    public DyadTally {
        if (events < 0 || verbalCooperation < 0 || materialCooperation < 0 || verbalConflict < 0
                || materialConflict < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (verbalCooperation + materialCooperation + verbalConflict + materialConflict != events) {
            throw new IllegalArgumentException("the QuadClass counts must add up to the events");
        }
    }

    /** The tally of one event. */
    public static DyadTally of(QuadClass quadClass, double goldstein) {
        return ZERO.reduce(quadClass, goldstein);
    }

    /** This tally with one more event. */
    public DyadTally reduce(QuadClass quadClass, double goldstein) {
        return new DyadTally(events + 1,
                verbalCooperation + (quadClass == QuadClass.VERBAL_COOPERATION ? 1 : 0),
                materialCooperation + (quadClass == QuadClass.MATERIAL_COOPERATION ? 1 : 0),
                verbalConflict + (quadClass == QuadClass.VERBAL_CONFLICT ? 1 : 0),
                materialConflict + (quadClass == QuadClass.MATERIAL_CONFLICT ? 1 : 0),
                goldsteinSum + goldstein);
    }

    /** The tally of both periods' events (associative and commutative, up to floating-point rounding). */
    public DyadTally merge(DyadTally other) {
        return new DyadTally(events + other.events, verbalCooperation + other.verbalCooperation,
                materialCooperation + other.materialCooperation, verbalConflict + other.verbalConflict,
                materialConflict + other.materialConflict, goldsteinSum + other.goldsteinSum);
    }

    /** The mean Goldstein value, or null when there are no events (a mean of nothing is not 0). */
    public Double goldsteinMean() {
        return events == 0 ? null : goldsteinSum / events;
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
