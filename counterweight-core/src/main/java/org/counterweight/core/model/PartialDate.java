package org.counterweight.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date only as precise as its evidence: a year, a year and month, or a full date.
 * Sources often date an agreement to a year ("LEMOA 2016"); a partial date keeps that honest.
 *
 * @param year  four-digit year
 * @param month 1-12, or 0 when unknown
 * @param day   1-31, or 0 when unknown (must be 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day);

    public PartialDate {
        Checks.year(year, "year");
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12 (or 0 if unknown), got " + month);
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("day given without a month");
        }
        if (day != 0) {
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day < 1 || day > yearMonth.lengthOfMonth()) {
                throw new IllegalArgumentException("day must be 1-" + yearMonth.lengthOfMonth()
                        + " in " + yearMonth + ", got " + day);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static PartialDate parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
        }
        int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        return new PartialDate(Integer.parseInt(matcher.group(1)), month, day);
    }

    /** The first day this date may denote (1 January for a bare year). */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may denote (31 December for a bare year). */
    public LocalDate latest() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format(java.util.Locale.ROOT, "%04d", year);
        }
        if (day == 0) {
            return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
