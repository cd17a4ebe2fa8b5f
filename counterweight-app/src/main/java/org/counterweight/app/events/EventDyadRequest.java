package org.counterweight.app.events;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.core.events.EventPeriod;

/**
 * Cooperation and conflict between two states, both ways, by month or year.
 *
 * @param caseId whose actor names are understood (any state is found by ISO3, COW code or name)
 * @param a      one state
 * @param b      the other state
 * @param years  the years; open ends are filled from the imported files' coverage
 * @param period month or year
 */
public record EventDyadRequest(CaseId caseId, String a, String b, YearRange years, EventPeriod period) {
    public EventDyadRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(period, "period");
        if (a == null || a.isBlank()) {
            throw new InvalidRequestException("a", "give a state");
        }
        if (b == null || b.isBlank()) {
            throw new InvalidRequestException("b", "give a state");
        }
    }

    /** The period named {@code month} or {@code year}, for the request's {@code by}. */
    public static EventPeriod period(String text) {
        try {
            return EventPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("by", e.getMessage());
        }
    }
}
