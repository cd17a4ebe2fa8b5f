package org.counterweight.app.events;

import java.util.List;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.model.Actor;
import org.counterweight.store.events.StoredEvent;

/**
 * The events of one period between two states, both directions, each with whether the one-a-day
 * filter keeps it: the as-given tally counts every event listed, the one-a-day tally the kept ones.
 *
 * @param a      one state
 * @param b      the other
 * @param period the period's kind
 * @param label  the period
 * @param events in direction (a to b first), date, file and line order
 */
public record EventListResult(Actor a, Actor b, EventPeriod period, String label, List<Listed> events) {
    public EventListResult {
        events = List.copyOf(events);
    }

    /**
     * One event.
     *
     * @param source   the source state (ISO3 id)
     * @param target   the target state
     * @param event    the event as stored, with its import
     * @param oneADay  whether the one-a-day filter keeps it (the first of its source, target, code and day)
     */
    public record Listed(String source, String target, StoredEvent event, boolean oneADay) {
    }
}
