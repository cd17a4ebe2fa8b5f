package org.counterweight.app;

import org.counterweight.core.model.DatasetCoverage;

/**
 * The years a request asks about, validated once: each given end lies in {@value #EARLIEST}-{@value
 * #LATEST} and the range does not end before it starts. An end left open (null) is filled by the
 * service from the data it reads ({@link #closed}). Outside a dataset's coverage a service refuses the
 * years ({@link #requireWithin}) or marks each value it carries forward (its basis says from when),
 * never silently.
 *
 * @param from first year, or null for the service's default
 * @param to   last year, or null for the service's default
 */
public record YearRange(Integer from, Integer to) {
    /** The earliest year any request may name (COW capabilities start in 1816). */
    public static final int EARLIEST = 1800;
    /** The latest year any request may name. */
    public static final int LATEST = 2100;

    public YearRange {
        check(from, "from");
        check(to, "to");
        if (from != null && to != null && to < from) {
            throw new InvalidRequestException("to", "the years end (" + to + ") before they start (" + from + ")");
        }
    }

    private static void check(Integer year, String parameter) {
        if (year != null && (year < EARLIEST || year > LATEST)) {
            throw new InvalidRequestException(parameter, "years must lie in " + EARLIEST + "-" + LATEST + ", got "
                    + year);
        }
    }

    /** Both ends open: the service's defaults. */
    public static YearRange open() {
        return new YearRange(null, null);
    }

    /** One year. */
    public static YearRange year(int year) {
        return new YearRange(year, year);
    }

    /** The given ends, each possibly open. */
    public static YearRange of(Integer from, Integer to) {
        return new YearRange(from, to);
    }

    /** One year if {@code year} is given, else the range; naming both is a contradiction. */
    public static YearRange yearOr(Integer year, Integer from, Integer to) {
        if (year != null && (from != null || to != null)) {
            throw new InvalidRequestException("year", "give one year or a range of years, not both");
        }
        check(year, "year");
        return year != null ? year(year) : of(from, to);
    }

    /** The range with its open ends filled: an open start by {@code defaultFrom}, an open end by {@code defaultTo}. */
    public YearRange closed(int defaultFrom, int defaultTo) {
        return new YearRange(from != null ? from : defaultFrom, to != null ? to : defaultTo);
    }

    /** The first year of a closed range. */
    public int first() {
        return required(from, "from");
    }

    /** The last year of a closed range. */
    public int last() {
        return required(to, "to");
    }

    private static int required(Integer year, String end) {
        if (year == null) {
            throw new IllegalStateException("the range's '" + end + "' end is open; close it first");
        }
        return year;
    }

    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /**
     * Requires a closed range to lie within a dataset's coverage: outside it the data do not say,
     * which is not zero.
     *
     * @param dataset how to name the dataset in the message ("SIPRI release 2022")
     */
    public YearRange requireWithin(DatasetCoverage coverage, String dataset) {
        if (first() < coverage.firstYear() || last() > coverage.lastYear()) {
            throw new InvalidRequestException(first() < coverage.firstYear() ? "from" : "to", "the years " + first()
                    + "-" + last() + " are outside " + dataset + " (" + coverage.firstYear() + "-" + coverage.lastYear()
                    + "): the data do not say, which is not zero");
        }
        return this;
    }

    @Override
    public String toString() {
        return (from == null ? "" : from) + "-" + (to == null ? "" : to);
    }
}
