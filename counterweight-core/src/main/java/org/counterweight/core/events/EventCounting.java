package org.counterweight.core.events;

import java.util.Locale;

/**
 * Which events a dyad's tally counts: every event as the dataset gives it, or one event per source,
 * target, CAMEO event code and day ({@link OneADay}). Every aggregate is available both ways.
 */
public enum EventCounting {
    /** Every stored event, as the dataset gives it. */
    AS_GIVEN("as-given"),
    /** One event per source, target, event code and day ({@link OneADay}). */
    ONE_A_DAY("one-a-day");

    private final String label;

    EventCounting(String label) {
        this.label = label;
    }

    /** {@code as-given} or {@code one-a-day}, as options and tables write it. */
    public String label() {
        return label;
    }

    /** The row's tally counted this way. */
    public DyadTally of(DyadPeriod row) {
        return this == AS_GIVEN ? row.tally() : row.oneADay();
    }

    /** The counting named {@code as-given} or {@code one-a-day}. */
    public static EventCounting parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (EventCounting counting : values()) {
            if (counting.label.equals(key)) {
                return counting;
            }
        }
        throw new IllegalArgumentException("counting must be as-given or one-a-day, got '" + text + "'");
    }
}
