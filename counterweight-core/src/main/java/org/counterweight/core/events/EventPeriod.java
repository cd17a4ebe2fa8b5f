package org.counterweight.core.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a dyad's events are tallied by: a day ("2016-07-28"), an ISO 8601 week ("2016-W30":
 * Monday to Sunday, numbered in its week-based year, so 2021-01-01, a Friday, is in "2020-W53"), a
 * calendar month ("2016-07") or a year ("2016"). Both engines label an event's date with
 * {@link #label(LocalDate)}, so their periods are the same.
 */
public enum EventPeriod {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    private static final Pattern WEEK_LABEL = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The label of the period holding this date. */
    public String label(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** Whether a whole month lies in one period (months and years), so month tallies can be merged into it. */
    public boolean holdsWholeMonths() {
        return this == MONTH || this == YEAR;
    }

    /** The label of the period holding this month (months and years only). */
    public String label(YearMonth month) {
        if (!holdsWholeMonths()) {
            throw new IllegalArgumentException("a month is not within one " + name().toLowerCase(Locale.ROOT));
        }
        return label(month.atDay(1));
    }

    /** The first and last day of the period labelled {@code label}. */
    public Span span(String label) {
        try {
            return switch (this) {
                case DAY -> new Span(LocalDate.parse(label), LocalDate.parse(label));
                case WEEK -> {
                    Matcher m = WEEK_LABEL.matcher(label);
                    if (!m.matches()) {
                        throw new IllegalArgumentException("a week is written 2016-W30, got '" + label + "'");
                    }
                    LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(m.group(2)))
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    if (!label(monday).equals(label)) {
                        throw new IllegalArgumentException("no such ISO week: '" + label + "'");
                    }
                    yield new Span(monday, monday.plusDays(6));
                }
                case MONTH -> {
                    YearMonth month = YearMonth.parse(label);
                    yield new Span(month.atDay(1), month.atEndOfMonth());
                }
                case YEAR -> {
                    int year = Integer.parseInt(label);
                    yield new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                }
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + label + "' is not a " + name().toLowerCase(Locale.ROOT)
                    + " (" + example() + ")", e);
        }
    }

    /** How a label of this period is written. */
    public String example() {
        return switch (this) {
            case DAY -> "2016-07-28";
            case WEEK -> "2016-W30";
            case MONTH -> "2016-07";
            case YEAR -> "2016";
        };
    }

    /**
     * The days from the start of the period holding 1 January {@code fromYear} to the end of the period
     * holding 31 December {@code toYear}: whole periods (an ISO week may start in the year before).
     */
    public Span span(int fromYear, int toYear) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
        }
        return new Span(span(label(LocalDate.of(fromYear, 1, 1))).first(),
                span(label(LocalDate.of(toYear, 12, 31))).last());
    }

    /** The labels of every period from the one holding 1 January {@code fromYear} to the one holding 31 December {@code toYear}, in order. */
    public List<String> labels(int fromYear, int toYear) {
        Span whole = span(fromYear, toYear);
        List<String> labels = new ArrayList<>();
        for (LocalDate day = whole.first(); !day.isAfter(whole.last()); day = span(label(day)).last().plusDays(1)) {
            labels.add(label(day));
        }
        return labels;
    }

    /** The period named {@code day}, {@code week}, {@code month} or {@code year}. */
    public static EventPeriod parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("period must be day, week, month or year, got '" + text + "'", e);
        }
    }

    /**
     * A run of days, both ends included.
     *
     * @param first the first day
     * @param last  the last day
     */
    public record Span(LocalDate first, LocalDate last) {
        public Span {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException(last + " is before " + first);
            }
        }

        /** The number of days. */
        public int days() {
            return (int) (last.toEpochDay() - first.toEpochDay() + 1);
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }
}
