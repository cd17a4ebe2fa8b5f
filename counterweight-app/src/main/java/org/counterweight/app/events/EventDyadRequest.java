package org.counterweight.app.events;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.core.events.EventCounting;
import org.counterweight.core.events.EventPeriod;

/**
 * Cooperation and conflict between two states, both ways, by day, ISO week, month or year.
 *
 * @param caseId   whose actor names are understood (any state is found by ISO3, COW code or name)
 * @param a        one state
 * @param b        the other state
 * @param years    the years; open ends are filled from the imported files' coverage
 * @param period   day, week (ISO 8601), month or year
 * @param counting which events the tables count: as the dataset gives them, or one a day (the result
 *                 holds both)
 */
public record EventDyadRequest(CaseId caseId, String a, String b, YearRange years, EventPeriod period,
        EventCounting counting) {
    public EventDyadRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(counting, "counting");
        if (a == null || a.isBlank()) {
            throw new InvalidRequestException("a", "give a state");
        }
        if (b == null || b.isBlank()) {
            throw new InvalidRequestException("b", "give a state");
        }
    }

    /** The period named {@code day}, {@code week}, {@code month} or {@code year}, for the request's {@code by}. */
    public static EventPeriod period(String text) {
        try {
            return EventPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("by", e.getMessage());
        }
    }

    /** The counting named {@code as-given} or {@code one-a-day}, for the request's {@code count}. */
    public static EventCounting counting(String text) {
        try {
            return EventCounting.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("count", e.getMessage());
        }
    }
}
