package org.counterweight.report.chart;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated marks on a horizontal time axis, e.g. agreements and events, coloured by kind. Drawn by
 * {@link SvgCharts#timeline(Timeline)}.
 *
 * @param title the chart title
 * @param marks at least one mark
 * @throws IllegalArgumentException naming the field if a field is null or marks is empty
 */
public record Timeline(String title, List<Mark> marks) implements Chart {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public Timeline {
        Check.nonBlank(title, "title");
        marks = Check.list(marks, "marks", false);
    }

    /**
     * A dated mark.
     *
     * @param date   "YYYY", "YYYY-MM" or "YYYY-MM-DD"
     * @param label  the text shown beside the mark (long labels are shortened; the full text is on hover)
     * @param kind   what it is, e.g. an agreement type or "event"; marks are coloured by kind
     * @param detail the hover text, e.g. the parties and the source
     * @throws IllegalArgumentException naming the field if the date is malformed or out of range
     */
    public record Mark(String date, String label, String kind, String detail) {
        public Mark {
            Check.nonBlank(date, "mark date");
            Check.text(label, "mark " + date + " label");
            Check.nonBlank(kind, "mark " + date + " kind");
            Check.text(detail, "mark " + date + " detail");
            year(date);
        }

        /** The date as a fractional year: the middle of the year, month or day it names. */
        double when() {
            return year(date);
        }
    }

    static double year(String date) {
        Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            throw new IllegalArgumentException("mark date = " + Check.quote(date) + " must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return y + 0.5;
        }
        int mo = Integer.parseInt(m.group(2));
        if (mo < 1 || mo > 12) {
            throw new IllegalArgumentException("mark date = " + Check.quote(date) + " has month " + mo);
        }
        if (m.group(3) == null) {
            return y + (mo - 0.5) / 12.0;
        }
        int d = Integer.parseInt(m.group(3));
        int len = java.time.YearMonth.of(y, mo).lengthOfMonth();
        if (d < 1 || d > len) {
            throw new IllegalArgumentException("mark date = " + Check.quote(date) + " has day " + d);
        }
        int doy = java.time.LocalDate.of(y, mo, d).getDayOfYear();
        int days = java.time.Year.isLeap(y) ? 366 : 365;
        return y + (doy - 0.5) / days;
    }
}
