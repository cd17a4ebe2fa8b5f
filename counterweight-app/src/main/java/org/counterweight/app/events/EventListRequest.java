package org.counterweight.app.events;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.events.EventPeriod;

/**
 * The events behind one period of a dyad's tallies, both directions: what a row of
 * {@link EventsService#dyad} was counted from, with the events' files, lines and SOURCEURLs.
 *
 * @param caseId whose actor names are understood
 * @param a      one state
 * @param b      the other state
 * @param period the period's kind
 * @param label  the period ({@code 2019-06}, {@code 2019-W23}, {@code 2019-06-01}, {@code 2019})
 */
public record EventListRequest(CaseId caseId, String a, String b, EventPeriod period, String label) {
    public EventListRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(period, "period");
        if (a == null || a.isBlank()) {
            throw new InvalidRequestException("a", "give a state");
        }
        if (b == null || b.isBlank()) {
            throw new InvalidRequestException("b", "give a state");
        }
        try {
            period.span(label == null ? "" : label.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("list", e.getMessage());
        }
        label = label.strip();
    }

    /** The first and last day of the period. */
    public EventPeriod.Span span() {
        return period.span(label);
    }
}
