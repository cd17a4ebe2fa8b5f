package org.counterweight.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A period from a start date to an optional end (open when {@code to} is null: still ongoing or
 * unknown).
 */
public record TimeSpan(PartialDate from, PartialDate to) {

    public TimeSpan {
        Objects.requireNonNull(from, "from is required");
        if (to != null && to.compareTo(from) < 0) {
            throw new IllegalArgumentException("span ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static TimeSpan years(int from, int to) {
        return new TimeSpan(PartialDate.ofYear(from), PartialDate.ofYear(to));
    }

    public static TimeSpan since(PartialDate from) {
        return new TimeSpan(from, null);
    }

    public Optional<PartialDate> end() {
        return Optional.ofNullable(to);
    }

    /** Whether any part of the given year falls inside this span. */
    public boolean overlapsYear(int year) {
        return from.year() <= year && (to == null || to.year() >= year);
    }

    /** The span in words: "2021-05-01 to 2021-08-15", or "since 1947" when it has not ended. */
    public String describe() {
        return to == null ? "since " + from : from + " to " + to;
    }

    @Override
    public String toString() {
        return from + "/" + (to == null ? "" : to);
    }
}
