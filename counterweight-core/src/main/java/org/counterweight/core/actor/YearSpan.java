package org.counterweight.core.actor;

/**
 * Consecutive calendar years, both ends included; the last may be open (a state still a member at
 * the end of its list, carried forward as peacesciencer's {@code mry = TRUE} carries it).
 *
 * @param first the first year
 * @param last  the last year, or {@link #OPEN} when the span runs on past its list's end
 */
public record YearSpan(int first, int last) {
    /** The last year of a span that has not ended. */
    public static final int OPEN = Integer.MAX_VALUE;

    public YearSpan {
        if (last < first) {
            throw new IllegalArgumentException("a span's last year " + last + " is before its first " + first);
        }
    }

    /** The years from {@code first} on, with no end. */
    public static YearSpan from(int first) {
        return new YearSpan(first, OPEN);
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    public boolean open() {
        return last == OPEN;
    }

    /** The years of both spans, or null when they share none. */
    public YearSpan intersect(YearSpan other) {
        int from = Math.max(first, other.first);
        int to = Math.min(last, other.last);
        return from <= to ? new YearSpan(from, to) : null;
    }

    /** "1955-1990", "1990", or "from 1992" for an open span. */
    @Override
    public String toString() {
        return open() ? "from " + first : first == last ? String.valueOf(first) : first + "-" + last;
    }
}
