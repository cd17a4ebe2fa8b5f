package org.counterweight.core.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The period a dyad's events are tallied by: a calendar month ("2016-07") or year ("2016"). */
public enum EventPeriod {
    MONTH,
    YEAR;

    /** The label of the period holding this month. */
    public String label(YearMonth month) {
        return this == MONTH ? month.toString() : Integer.toString(month.getYear());
    }

    /** The label of the period holding this date. */
    public String label(LocalDate date) {
        return label(YearMonth.from(date));
    }

    /** The labels of every period from the start of {@code fromYear} to the end of {@code toYear}, in order. */
    public List<String> labels(int fromYear, int toYear) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("from " + fromYear + " is after to " + toYear);
        }
        List<String> labels = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            if (this == YEAR) {
                labels.add(Integer.toString(year));
            } else {
                for (int month = 1; month <= 12; month++) {
                    labels.add(YearMonth.of(year, month).toString());
                }
            }
        }
        return labels;
    }

    /** The period named {@code month} or {@code year}. */
    public static EventPeriod parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("period must be month or year, got '" + text + "'", e);
        }
    }
}
