package org.counterweight.core.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and periods and normalises them to {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}
 * or {@code FROM/TO} (either side may be empty).
 *
 * <p>Absolute forms: "2017", "in 2017", "as recently as 2019", "over 2015-2019", "since 2006",
 * "the 1990s", "since the mid 1990s", "01 May 2021", "May 2021". Relative forms are anchored to the
 * article's date: "the last two decades" in an article of 2021 is {@code 2001/2021}, "the last
 * decade or so" {@code 2011/2021}, "last year" {@code 2020}. Without an anchor, relative forms are
 * not reported. Years are accepted from 1800 to 2099.
 */
public final class DateFinder {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("a", 1), Map.entry("few", 3), Map.entry("several", 3));
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(" + MONTHS + ")\\.?,?\\s(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTHS + ")\\s(\\d{1,2}),?\\s(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in\\s)?(" + MONTHS + ")\\s(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:(?:over|in|during|from|between)\\s)?(1[89]\\d\\d|20\\d\\d)\\s?(?:[-\u2013]|to|and)\\s?(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern DECADE = Pattern.compile(
            "\\b(?:(since|in|during)\\s)?(?:the\\s)?(?:(early|mid|late)[-\\s])?(1[89]\\d0|20\\d0)s\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:(as recently as|as early as|since|until|till|by|in|from|before|after)\\s)?(1[89]\\d\\d|20\\d\\d)\\b(?![%.,]\\d|\\s?%)");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?:for|over|in|during)\\s)?the\\s(?:last|past)\\s(?:(one|two|three|four|five|six|seven|eight|nine|ten|few|several|\\d{1,2})\\s)?"
                    + "(decades?|years?)(\\sor\\sso)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_YEAR = Pattern.compile("\\b(last|this|next)\\syear\\b", Pattern.CASE_INSENSITIVE);

    private DateFinder() {
    }

    /** The date expressions in {@code text}; {@code anchor} (may be null) resolves relative ones. */
    public static List<Mention> find(String text, LocalDate anchor) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, taken, m, String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month(m.group(2)),
                    Integer.parseInt(m.group(1))), 0.95);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(out, taken, m, String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month(m.group(1)),
                    Integer.parseInt(m.group(2))), 0.95);
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, taken, m, String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1))), 0.9);
        }
        m = RANGE.matcher(text);
        while (m.find()) {
            add(out, taken, m, m.group(1) + "/" + m.group(2), 0.95);
        }
        m = DECADE.matcher(text);
        while (m.find()) {
            int decade = Integer.parseInt(m.group(3));
            String part = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            int from = switch (part) {
                case "early" -> decade;
                case "mid" -> decade + 4;
                case "late" -> decade + 7;
                default -> decade;
            };
            int to = switch (part) {
                case "early" -> decade + 3;
                case "mid" -> decade + 6;
                default -> decade + 9;
            };
            boolean since = "since".equalsIgnoreCase(m.group(1));
            add(out, taken, m, since ? from + "/" : from + "/" + to, 0.85);
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String year = m.group(2);
            String value = switch (lead) {
                case "since", "from", "after" -> year + "/";
                case "until", "till", "by", "before" -> "/" + year;
                default -> year;
            };
            add(out, taken, m, value, lead.isEmpty() ? 0.8 : 0.9);
        }
        if (anchor != null) {
            m = RELATIVE.matcher(text);
            while (m.find()) {
                String count = m.group(1) == null ? (m.group(2).endsWith("s") ? "few" : "one")
                        : m.group(1).toLowerCase(Locale.ROOT);
                int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
                int years = m.group(2).toLowerCase(Locale.ROOT).startsWith("decade") ? 10 * n : n;
                add(out, taken, m, (anchor.getYear() - years) + "/" + anchor.getYear(), 0.75);
            }
            m = LAST_YEAR.matcher(text);
            while (m.find()) {
                int delta = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                add(out, taken, m, Integer.toString(anchor.getYear() + delta), 0.75);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String[] months = MONTHS.toLowerCase(Locale.ROOT).split("\\|");
        for (int i = 0; i < months.length; i++) {
            if (months[i].equals(lower)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static void add(List<Mention> out, boolean[] taken, Matcher m, String value, double confidence) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        out.add(new Mention(MentionKind.DATE, m.group(), m.start(), m.end(), -1, value, confidence, ""));
    }
}
