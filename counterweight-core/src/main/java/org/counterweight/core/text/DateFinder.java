package org.counterweight.core.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterweight.core.model.PartialDate;

/**
 * Finds dates and periods and normalises them to {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}
 * or {@code FROM/TO} (either side may be empty).
 *
 * <p>Absolute forms: "2017", "in 2017", "as recently as 2019", "over 2015-2019", "in 2018-22"
 * {@code 2018/2022} (a two-digit end year in the start's century), "since 2006", "01 May 2021",
 * "May 2021", "since December 2021" {@code 2021-12/}, "the third quarter of 2019"
 * {@code 2019-07/2019-09}; decades: "the 1990s" {@code 1990/1999}, "the early 1990s"
 * {@code 1990/1993}, "the late 1990s" {@code 1997/1999} and "the mid-1990s" its middle year
 * {@code 1995} ("mid" has no edge to count from, so it names the year 5 of the decade; "early" and
 * "late" start and end at the decade's edges). A leading "since", "from" or "after" opens the period
 * at its start ("since the mid 1990s" {@code 1995/}), "until", "till", "by" or "before" closes it.
 *
 * <p>Named periods ({@link NamedPeriods}: "the Cold War" {@code 1947/1991}, "the Kargil war"
 * {@code 1999}, "post-9/11" {@code 2001-09-11/}) and terms of office ({@link LeaderTerms}: "since
 * the start of the Biden administration" {@code 2021-01-20/}, "under the Modi government"
 * {@code 2014-05-26/}) combine with the same leads and with "the start/end of": "since the end of
 * the Cold War" is {@code 1991/}, "before the Cold War" {@code /1947}, "post-Cold War"
 * {@code 1991/}. A term still running at the article's date is open.
 *
 * <p>Relative forms are anchored to the article's date, at the precision that date has: "the last
 * two decades" in an article of 2021 is {@code 2001/2021}, "the last decade or so"
 * {@code 2011/2021}, "last year" and "this year" {@code 2020} and {@code 2021}, "two years ago"
 * {@code 2019}, "the next five years" {@code 2021/2026}, "in the years to come", "in the coming
 * decades" and "in future" {@code 2021/}. "To date", "so far", "until now" end at the article's
 * month ({@code /2021-05} for an article dated 2021-05-01; {@code /2021} for one dated 2021 only):
 * the annotators' convention in the gold files, where "To date" in an article of 2022-04 and "so far"
 * in one of 2024-02-10 are both read to the month. "earlier this year" and "later this year" are the
 * months of the year up to and from the article's month ("later this year" in an article of
 * 2023-07-05 is {@code 2023-07/2023-12}, as annotated in the held-out gold), and likewise in days
 * for "earlier/later this month" and "this/last/next week" (weeks Monday to Sunday, ISO 8601);
 * "the first half of the year" is {@code 2023-01/2023-06}. Month-relative forms ("last month", "three
 * months ago") need an anchor with a month, weeks and weekdays ("on Tuesday", "last Friday") one
 * with a day: "on Tuesday" is the last Tuesday on or before the article's date, "last Tuesday" the
 * last one before it. A month without a year ("in October", "on June 11", "last November", "next
 * March") takes its year from a date written earlier in its sentence ("In 2021 they met in March"),
 * else from an anchor with a month: it is the latest such month (day) not after the article's date,
 * or the next one in a clause about the future ("will visit in October"). Without an anchor,
 * relative forms are not reported.
 *
 * <p>Years are accepted from 1800 to 2099. Linear in the text.
 */
public final class DateFinder {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String COUNT = "one|two|three|four|five|six|seven|eight|nine|ten|few|several|\\d{1,2}";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("few", 3), Map.entry("several", 3));
    /** Words that open a period at a point, close it at a point, or place something in it. */
    private static final String LEADS = "since|from|after|following|before|until|till|by|during|throughout|under|in|at";
    private static final String PHASES = "start|beginning|outset|advent|dawn|onset|end|close|height|middle";
    private static final Set<String> LEADER_LEADS = Set.of("under", "during", "throughout");
    /** Words after "since the X administration" that keep it a period, not an event ("withdrew from"). */
    private static final Set<String> AFTER_SINCE = Set.of("took", "came", "assumed", "began", "started", "entered",
            "was", "and", "in", "at", "for");
    private static final Set<String> NOT_THE_PERIOD = Set.of("new", "second", "another", "next", "coming");

    private static final Pattern PERIOD = Pattern.compile("\\b(?:(?<lead>" + LEADS + ")\\s)?(?:the\\s(?<phase>" + PHASES
            + ")\\sof\\s)?(?:(?<the>the)\\s)?(?:(?<prefix>pre|post)[-\u2010\u2011]\\s?)?(?<name>" + NamedPeriods.NAMES
            + ")(?:[-\u2010\u2011\\s](?<era>era|years|period))?(?![\\w/])", Pattern.CASE_INSENSITIVE);
    private static final String NAME = "(?:[A-Z][a-z]+\\s|[A-Z]\\.\\s?){0,3}[A-Z][a-z]+";
    private static final String NOUNS = "(?i:administration|government|presidency|premiership|tenure|era|years|term|regime"
            + "|rule|cabinet|leadership)";
    private static final Pattern LEADER = Pattern.compile("\\b(?<lead>(?i:" + LEADS + "))\\s(?:(?i:the)\\s(?<phase>(?i:"
            + PHASES + "))\\sof\\s)?(?:the\\s(?:(?<ord1>first|second)\\s)?(?<n1>" + NAME + ")\\s" + NOUNS
            + "|(?<n2>" + NAME + ")['\u2019]s\\s(?:(?<ord2>first|second)\\s)?" + NOUNS
            + "|(?:(?:President|Prime\\sMinister|PM|Premier)\\s)?(?<n3>" + NAME + "))\\b(?!['\u2019]s)");
    /**
     * A month name with what goes with it: a day before or after it ("5 July", "July 5") and a year
     * ("July 2023", "5 July, 2023") or, without a year, "this/last/next year" ("in May this year").
     * Leads and parts before it ("since", "in early", "mid-") are read from the words before the
     * match ({@link #MONTH_LEADS}, {@link #MONTH_PARTS}), which keeps the scan to one pass at month
     * names and days.
     */
    private static final Pattern MONTH_DATE = Pattern.compile("\\b(?:(?<day1>\\d{1,2})(?:st|nd|rd|th)?\\s)?(?<month>" + MONTHS
            + ")\\b(?:\\s(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:\\.?,?\\s(?<year>1[89]\\d\\d|20\\d\\d)\\b"
            + "|(?![-\u2013/.,]?\\d)(?:,?\\s(?:(?i:of)\\s)?(?<which>(?i:this|last|next))\\s(?i:year)\\b)?)");
    /** Words before a month that place it; "last/next/this" only for a month without a year. */
    private static final Set<String> MONTH_LEADS = Set.of("in", "on", "since", "from", "after", "until", "till", "by", "before",
            "during", "through", "throughout", "last", "next", "this");
    private static final Set<String> MONTH_PARTS = Set.of("early", "mid", "late");
    /** The clause of a month without a year speaks of the future ("will", "is due to"...): the month is the next such. */
    private static final Pattern FUTURE_TENSE = Pattern.compile("\\b(?:will|shall|won['\u2019]t|(?:is|are)\\s(?:due|scheduled"
            + "|slated)|(?:is|are)\\s(?:expected|set|poised)\\sto|plans?\\sto|intends?\\sto)\\b", Pattern.CASE_INSENSITIVE);
    /** A year written in digits, which a date mention must contain to set the year of a later month in its sentence. */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    /** Where a clause starts: a sentence or clause mark, or a word opening a subordinate clause. */
    private static final Pattern CLAUSE_START = Pattern.compile("[.!?;:,()\n\u2014]|\\b(?:that|which|who|when|where|after|before"
            + "|since|because|as|while|and|but)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A range of years: "2015-2019", "from 2015 to 2019", "between 2016 and 2020" ("1965 and 1971"
     * alone is a list), and with the end year in two digits, "2018-22" or "FY2022/23" (the end after
     * the start, in the same century).
     */
    private static final Pattern RANGE = Pattern.compile("\\b(?:between\\s(?<from1>1[89]\\d\\d|20\\d\\d)\\s?(?:[-\u2013]|and)\\s?"
            + "(?<to1>1[89]\\d\\d|20\\d\\d)|(?:(?:over|in|during|from|for)\\s)?(?:FY\\s?)?(?<from2>1[89]\\d\\d|20\\d\\d)"
            + "(?:\\s?(?:[-\u2013]|to)\\s?(?<to2>1[89]\\d\\d|20\\d\\d)|[-\u2013/](?<short>\\d\\d)))\\b(?![-\u2013/.,]?\\d)");
    /** Halves and quarters of a year: "the first half of the year", "the last quarter of 2022". */
    private static final WordStarts.Lexicon PART_OF_YEAR = WordStarts.Lexicon.of("(?:(?:in|during|over|for|by)\\s)?the\\s"
            + "(?<ord>first|second|third|fourth|last|final)\\s(?<part>half|quarter)\\sof\\s(?:(?<year>1[89]\\d\\d|20\\d\\d)"
            + "|(?<rel>the|this|last|next)\\syear)");
    private static final Pattern DECADE = Pattern.compile(
            "\\b(?:(?<lead>(?i:since|from|in|during|until|till|by))\\s)?(?:the\\s)?(?:(?<part>(?i:early|mid|late))[-\\s])?"
                    + "(?<decade>1[89]\\d0|20\\d0)s\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:(?<lead>(?i:as recently as|as early as|since|until|till|by|in|from|before|after))\\s)?"
                    + "(?<year>1[89]\\d\\d|20\\d\\d)\\b(?![%.,]\\d|\\s?%)");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?:for|over|in|during)\\s)?the\\s(?:last|past)\\s(?:(" + COUNT + ")\\s)?"
                    + "(decades?|years?|months?)(\\sor\\sso)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile(
            "\\b(" + COUNT + "|an?)\\s(decades?|years?|months?)\\sago\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS = Pattern.compile("\\b(?:(?<side>earlier|later)\\s(?:in\\s)?)?(?<which>last|this|next)"
            + "\\s(?<unit>year|month|week)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_DATE = Pattern.compile("\\b(?:(?<!up[\\s\u2010-])to\\sdate(?!\\s(?:from|back|to)\\b)"
            + "|till\\sdate|so\\sfar(?!\\s(?:as|from|away|removed|beyond|ahead|off|behind|too|apart|so|more)\\b)|thus\\sfar"
            + "|until\\snow|till\\snow|up\\s(?:un)?t(?:il|o)\\snow|hitherto)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile("\\b(?:(?:in|for|over|during)\\s)?(?:(?:the\\s)?(?<toCome>years"
            + "|decades|months)\\sto\\scome|the\\s(?<which>coming|next)\\s(?:(?<count>" + COUNT + ")\\s)?(?<unit>decades?|years?|months?))\\b"
            + "|\\bin\\s(?:the\\s)?(?:(?:near|foreseeable|not\\s(?:too\\s)?distant|distant)\\s)?future\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?<lead>(?i:on|last|this\\spast))\\s)?(?<day>" + WEEKDAYS
            + ")\\b(?!,?\\s(?:\\d|" + MONTHS + "))");

    private DateFinder() {
    }

    /** The date expressions in {@code text}; {@code anchor}, the article's date (may be null), resolves relative ones. */
    public static List<Mention> find(String text, PartialDate anchor) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        findNamedPeriods(text, out, taken);
        findTerms(text, anchor, out, taken);
        List<MonthAlone> monthsAlone = findMonths(text, out, taken);
        Matcher m = PART_OF_YEAR.pattern().matcher(text);
        for (MatchResult found : PART_OF_YEAR.matches(text, WordStarts.of(text))) {
            m.region(found.start(), found.end()).lookingAt();
            String value = partOfYear(m, anchor);
            if (value != null) {
                add(out, taken, m, value, 0.85);
            }
        }
        m = RANGE.matcher(text);
        while (m.find()) {
            String value = range(m);
            if (value != null) {
                add(out, taken, m, value, 0.95);
            }
        }
        findDecades(text, out, taken);
        m = YEAR.matcher(text);
        while (m.find()) {
            String lead = lower(m.group("lead"));
            add(out, taken, m, placed(lead, m.group("year")), lead.isEmpty() ? 0.8 : 0.9);
        }
        findMonthsAlone(text, monthsAlone, anchor, out, taken);
        if (anchor != null) {
            findRelative(text, anchor, out, taken);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** A month without a year, to be resolved once the dates with years are known; {@code day} 0 when not given. */
    private record MonthAlone(int start, int end, int month, int day, String lead, String which) {
    }

    /**
     * Months with a year are added as dates ("since December 2021" {@code 2021-12/}, "on 12 March
     * 2020"); months without one are returned, when a lead, a part, a day or "this/last/next year"
     * says they are dates, for {@link #findMonthsAlone}.
     */
    private static List<MonthAlone> findMonths(String text, List<Mention> out, boolean[] taken) {
        List<MonthAlone> alone = new ArrayList<>();
        Matcher m = MONTH_DATE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int before = previousWord(text, start);
            String word = text.substring(before, start).strip().toLowerCase(Locale.ROOT);
            boolean part = MONTH_PARTS.contains(word.replaceAll("[-\u2010]$", ""));
            if (part) {
                start = before;
                before = previousWord(text, start);
                word = text.substring(before, start).strip().toLowerCase(Locale.ROOT);
            }
            String lead = MONTH_LEADS.contains(word) ? word : "";
            if (!lead.isEmpty()) {
                start = before;
            }
            int month = month(m.group("month"));
            String dayText = m.group("day1") != null ? m.group("day1") : m.group("day2");
            int day = dayText == null ? 0 : Integer.parseInt(dayText);
            if (m.group("year") == null) {
                String which = lower(m.group("which"));
                boolean dated = !lead.isEmpty() || part || dayText != null || !which.isEmpty();
                if (dated && (dayText == null || day >= 1 && day <= 31)) {
                    alone.add(new MonthAlone(start, m.end(), month, day, lead, which));
                }
                continue;
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group("year")), month);
            if (dayText != null && (day < 1 || day > yearMonth.lengthOfMonth())) {
                continue;
            }
            String point = dayText == null ? yearMonth.toString() : yearMonth.atDay(day).toString();
            add(out, taken, text, start, m.end(), placed(lead, point), dayText == null ? 0.9 : 0.95);
        }
        return alone;
    }

    /** The start of the word right before {@code at} across spaces, or across a hyphen glued to it ("mid-June"); else {@code at}. */
    private static int previousWord(String text, int at) {
        int end = at;
        if (end > 0 && "-\u2010".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        } else {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? at : start;
    }

    /** A range's value, or null for a two-digit end year not after the start ("2019-05" is a month, not a range). */
    private static String range(Matcher m) {
        if (m.group("from1") != null) {
            return m.group("from1") + "/" + m.group("to1");
        }
        String from = m.group("from2");
        if (m.group("short") == null) {
            return from + "/" + m.group("to2");
        }
        return Integer.parseInt(m.group("short")) > Integer.parseInt(from.substring(2))
                ? from + "/" + from.substring(0, 2) + m.group("short") : null;
    }

    /** A point placed by its lead: "since/from/after" open a period there, "until/till/by/before" close one; else the point. */
    private static String placed(String lead, String point) {
        return switch (lead) {
            case "since", "from", "after" -> point + "/";
            case "until", "till", "by", "before" -> "/" + point;
            default -> point;
        };
    }

    /**
     * A half or quarter of a year as its months: halves are January-June and July-December, quarters
     * the calendar quarters ("the third quarter of 2022" {@code 2022-07/2022-09}); "the year" and
     * "this year" are the article's year, "last/next year" the one before or after.
     *
     * @return the value, or null for a year relative to a missing anchor or a third/fourth half
     */
    private static String partOfYear(Matcher m, PartialDate anchor) {
        boolean half = lower(m.group("part")).equals("half");
        int n = switch (lower(m.group("ord"))) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            default -> half ? 2 : 4; // last, final
        };
        int year;
        if (m.group("year") != null) {
            year = Integer.parseInt(m.group("year"));
        } else if (anchor == null) {
            return null;
        } else {
            year = anchor.year() + switch (lower(m.group("rel"))) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        }
        if (half && n > 2) {
            return null;
        }
        int length = half ? 6 : 3;
        return YearMonth.of(year, (n - 1) * length + 1) + "/" + YearMonth.of(year, n * length);
    }

    private static void findNamedPeriods(String text, List<Mention> out, boolean[] taken) {
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            String prefix = lower(m.group("prefix"));
            boolean determined = m.group("the") != null || !prefix.isEmpty() || m.group("era") != null
                    || m.group("phase") != null || NamedPeriods.standsAlone(name);
            if (!determined || NOT_THE_PERIOD.contains(WordStarts.wordBefore(text, m.start()))) {
                continue;
            }
            NamedPeriods.Period period = NamedPeriods.get(name);
            String lead = prefix.isEmpty() ? lower(m.group("lead")) : prefix;
            String value = compose(lead, lower(m.group("phase")), period.from(), period.to());
            if (value != null) {
                add(out, taken, m, value, 0.85);
            }
        }
    }

    private static void findTerms(String text, PartialDate anchor, List<Mention> out, boolean[] taken) {
        Matcher m = LEADER.matcher(text);
        while (m.find()) {
            String lead = lower(m.group("lead"));
            String phase = lower(m.group("phase"));
            String name = m.group("n1") != null ? m.group("n1") : m.group("n2") != null ? m.group("n2") : m.group("n3");
            String ordinal = m.group("ord1") != null ? m.group("ord1") : m.group("ord2");
            if (!readsAsTerm(text, m.end(), lead, phase, m.group("n3") != null)) {
                continue;
            }
            LeaderTerms.Term term = LeaderTerms.find(name, ordinal == null ? 0 : ordinal.equals("first") ? 1 : 2, anchor);
            if (term == null) {
                continue;
            }
            boolean running = term.end() == null || anchor != null && term.end().earliest().isAfter(anchor.latest());
            String value = compose(lead, phase, term.start().toString(), running ? null : term.end().toString());
            if (value != null) {
                add(out, taken, m, value, 0.8);
            }
        }
    }

    /**
     * Whether a leader's name after a lead word names a term of office: "under/during/throughout the
     * X government", "under (President) X", "since the start/end of the X administration", and
     * "since the X administration" only where it ends the clause or goes on with "took office",
     * "came to power"..., since "since the X administration withdrew from" dates an act, not the term.
     */
    private static boolean readsAsTerm(String text, int end, String lead, String phase, boolean bareName) {
        if (bareName) {
            return phase.isEmpty() && (lead.equals("under") || lead.equals("during"));
        }
        if (!phase.isEmpty()) {
            return true;
        }
        if (lead.equals("since")) {
            return AFTER_SINCE.contains(wordAfter(text, end)) || endsClause(text, end);
        }
        return LEADER_LEADS.contains(lead);
    }

    /**
     * A period or a point of it, placed by its lead word: "since/from" opens at the start (or the
     * point), "after/following/post" opens at the end, "before/pre" closes at the start,
     * "until/till/by" closes at the end; anything else is the period itself.
     *
     * @return the value, or null when it needs an end the period does not have yet
     */
    private static String compose(String lead, String phase, String from, String to) {
        String point = switch (phase) {
            case "start", "beginning", "outset", "advent", "dawn", "onset" -> from;
            case "end", "close" -> to;
            case "", "height", "middle" -> "";
            default -> throw new IllegalArgumentException("phase " + phase);
        };
        if (point == null) {
            return null;
        }
        boolean whole = point.isEmpty();
        return switch (lead) {
            case "since", "from" -> (whole ? from : point) + "/";
            case "after", "following", "post" -> whole ? to == null ? null : to + "/" : point + "/";
            case "before", "pre" -> "/" + (whole ? from : point);
            case "until", "till", "by" -> whole ? to == null ? null : "/" + to : "/" + point;
            default -> !whole ? point : to == null ? from + "/" : from.equals(to) ? from : from + "/" + to;
        };
    }

    private static void findDecades(String text, List<Mention> out, boolean[] taken) {
        Matcher m = DECADE.matcher(text);
        while (m.find()) {
            int decade = Integer.parseInt(m.group("decade"));
            int from = decade;
            int to = decade + 9;
            switch (lower(m.group("part"))) {
                case "early" -> to = decade + 3;
                case "mid" -> {
                    from = decade + 5;
                    to = decade + 5;
                }
                case "late" -> from = decade + 7;
                default -> {
                }
            }
            String value = switch (lower(m.group("lead"))) {
                case "since", "from" -> from + "/";
                case "until", "till", "by" -> "/" + to;
                default -> from == to ? Integer.toString(from) : from + "/" + to;
            };
            add(out, taken, m, value, 0.85);
        }
    }

    private static void findRelative(String text, PartialDate anchor, List<Mention> out, boolean[] taken) {
        int year = anchor.year();
        boolean hasMonth = anchor.month() != 0;
        YearMonth month = hasMonth ? YearMonth.of(year, anchor.month()) : null;
        Matcher m = TO_DATE.matcher(text);
        while (m.find()) {
            add(out, taken, m, "/" + (hasMonth ? month : Integer.toString(year)), 0.75);
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String unit = lower(m.group(2));
            String count = m.group(1) == null ? (unit.endsWith("s") ? "few" : "one") : lower(m.group(1));
            int n = number(count);
            if (unit.startsWith("month")) {
                if (hasMonth) {
                    add(out, taken, m, month.minusMonths(n) + "/" + month, 0.75);
                }
            } else {
                add(out, taken, m, (year - (unit.startsWith("decade") ? 10 * n : n)) + "/" + year, 0.75);
            }
        }
        m = FUTURE.matcher(text);
        while (m.find()) {
            String value = future(m, year, month);
            if (value != null) {
                add(out, taken, m, value, 0.7);
            }
        }
        m = AGO.matcher(text);
        while (m.find()) {
            int n = number(lower(m.group(1)));
            String unit = lower(m.group(2));
            if (unit.startsWith("month")) {
                if (hasMonth) {
                    add(out, taken, m, month.minusMonths(n).toString(), 0.75);
                }
            } else {
                add(out, taken, m, Integer.toString(year - (unit.startsWith("decade") ? 10 * n : n)), 0.75);
            }
        }
        m = THIS.matcher(text);
        while (m.find()) {
            String value = thisOrNext(m, anchor);
            if (value != null) {
                add(out, taken, m, value, 0.75);
            }
        }
        if (anchor.day() != 0) {
            LocalDate day = anchor.earliest();
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                String before = WordStarts.wordBefore(text, m.start());
                if (before.equals("next") || before.equals("coming") || before.equals("this")) {
                    continue;
                }
                DayOfWeek weekday = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
                LocalDate date = "last".equals(lower(m.group("lead"))) ? day.with(TemporalAdjusters.previous(weekday))
                        : day.with(TemporalAdjusters.previousOrSame(weekday));
                add(out, taken, m, date.toString(), 0.7);
            }
        }
    }

    /**
     * "last/this/next year/month/week" as that period; "earlier this X" is the part of it up to the
     * article's date and "later this X" the rest, at the next finer unit the anchor has ("later this
     * year" in an article of 2023-07-05 is {@code 2023-07/2023-12}, "earlier this month"
     * {@code 2023-07-01/2023-07-05}); weeks run Monday to Sunday (ISO 8601).
     *
     * @return the value, or null when the anchor is too coarse for the unit
     */
    private static String thisOrNext(Matcher m, PartialDate anchor) {
        int delta = switch (lower(m.group("which"))) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        String side = delta == 0 ? lower(m.group("side")) : "";
        int year = anchor.year();
        switch (lower(m.group("unit"))) {
            case "year" -> {
                if (side.isEmpty() || anchor.month() == 0) {
                    return Integer.toString(year + delta);
                }
                YearMonth now = YearMonth.of(year, anchor.month());
                return side.equals("earlier") ? span(now.withMonth(1), now) : span(now, now.withMonth(12));
            }
            case "month" -> {
                if (anchor.month() == 0) {
                    return null;
                }
                YearMonth month = YearMonth.of(year, anchor.month()).plusMonths(delta);
                if (side.isEmpty() || anchor.day() == 0) {
                    return month.toString();
                }
                LocalDate day = anchor.earliest();
                return side.equals("earlier") ? span(month.atDay(1), day) : span(day, month.atEndOfMonth());
            }
            default -> {
                if (anchor.day() == 0) {
                    return null;
                }
                LocalDate day = anchor.earliest();
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(delta);
                return side.equals("earlier") ? span(monday, day)
                        : side.equals("later") ? span(day, monday.plusDays(6)) : span(monday, monday.plusDays(6));
            }
        }
    }

    private static String span(Object from, Object to) {
        return from.equals(to) ? from.toString() : from + "/" + to;
    }

    /**
     * Months without a year. "in May this year", "in June last year" take the article's year or the
     * one before. A month in a sentence that has already given a date with a written year ("In 2021
     * the leaders met in March", "unveiled in September 2021 and widened in January") is the first
     * such month (day) on or after that date. Otherwise, with an anchor that has a month, the month is
     * read in the article's year when it is not after the article's date and in the year before when
     * it is ("in October" in an article of 2024-02-10 is {@code 2023-10}, "on February 1"
     * {@code 2024-02-01}); in a clause about the future ("will visit in March", "is due in May") it is
     * the next one on or after the article's date instead. "last November" is the latest November
     * before the article's month, "next March" the first March after it, "this March" the one of the
     * article's year. A day beyond the month's length is no date.
     */
    private static void findMonthsAlone(String text, List<MonthAlone> months, PartialDate anchor, List<Mention> out,
            boolean[] taken) {
        boolean hasMonth = anchor != null && anchor.month() != 0;
        List<Mention> contexts = out.stream().filter(DateFinder::setsYear).sorted(Comparator.comparingInt(Mention::end)).toList();
        int next = 0;
        Mention written = null;
        int scanned = 0;
        int lastStop = -1;
        for (MonthAlone m : months) {
            while (next < contexts.size() && contexts.get(next).end() <= m.start()) {
                written = contexts.get(next++);
            }
            for (; scanned < m.start(); scanned++) {
                if (".!?\n".indexOf(text.charAt(scanned)) >= 0) {
                    lastStop = scanned;
                }
            }
            int month = m.month();
            int day = m.day();
            String lead = m.lead();
            PartialDate context = m.which().isEmpty() && written != null && written.end() > lastStop
                    ? PartialDate.parse(written.value()) : null;
            int year;
            if (!m.which().isEmpty()) {
                if (anchor == null) {
                    continue;
                }
                year = anchor.year() + (m.which().equals("last") ? -1 : m.which().equals("next") ? 1 : 0);
            } else if (context != null && !lead.equals("last") && !lead.equals("next") && !lead.equals("this")) {
                year = context.year() + (onOrAfter(month, day, context) ? 0 : 1);
            } else if (hasMonth) {
                int compared = Integer.compare(month, anchor.month());
                if (compared == 0 && day != 0 && anchor.day() != 0) {
                    compared = Integer.compare(day, anchor.day());
                }
                year = anchor.year() + switch (lead) {
                    case "last" -> month < anchor.month() ? 0 : -1;
                    case "next" -> month > anchor.month() ? 0 : 1;
                    case "this" -> 0;
                    default -> futureClause(text, m.start()) ? (compared < 0 ? 1 : 0) : (compared > 0 ? -1 : 0);
                };
            } else {
                continue;
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            if (day > yearMonth.lengthOfMonth()) {
                continue;
            }
            String point = day == 0 ? yearMonth.toString() : yearMonth.atDay(day).toString();
            add(out, taken, text, m.start(), m.end(), placed(lead, point), day == 0 ? 0.75 : 0.8);
        }
    }

    /**
     * Whether a date sets the year of months without one later in its sentence: a point with its year
     * written in digits and either a month or a lead ("in 2021"; not the attributive year of "the 2017 law").
     */
    private static boolean setsYear(Mention d) {
        return d.value().indexOf('/') < 0 && WRITTEN_YEAR.matcher(d.text()).find()
                && (d.value().length() > 4 || Character.isLetter(d.text().charAt(0)));
    }

    /** Whether a month (and day, 0 when not given) falls on or after the date's month and day in a year. */
    private static boolean onOrAfter(int month, int day, PartialDate date) {
        return month > date.month() || month == date.month() && (day == 0 || day >= date.day());
    }

    /** Whether the clause before {@code at} (back to a clause mark or a subordinating word) speaks of the future. */
    private static boolean futureClause(String text, int at) {
        int from = Math.max(0, at - 200);
        Matcher clause = CLAUSE_START.matcher(text).region(from, at);
        while (clause.find()) {
            from = clause.end();
        }
        return FUTURE_TENSE.matcher(text).region(from, at).find();
    }

    /** "the years to come", "the coming decades", "in future": open from the anchor; "the next five years": closed. */
    private static String future(Matcher m, int year, YearMonth month) {
        String unit = m.group("toCome") != null ? lower(m.group("toCome")) : lower(m.group("unit"));
        String start = unit.startsWith("month") && month != null ? month.toString() : Integer.toString(year);
        if (m.group("toCome") != null || unit.isEmpty()) {
            return start + "/";
        }
        String count = lower(m.group("count"));
        boolean plural = unit.endsWith("s");
        if (count.isEmpty() && plural) {
            return start + "/";
        }
        if (count.isEmpty() && lower(m.group("which")).equals("next")) {
            return null; // "the next year" is as often narrative ("the next year, Delhi signed...") as relative
        }
        int n = count.isEmpty() ? 1 : number(count);
        if (unit.startsWith("month")) {
            return month == null ? null : month + "/" + month.plusMonths(n);
        }
        return year + "/" + (year + (unit.startsWith("decade") ? 10 * n : n));
    }

    private static int number(String word) {
        Integer n = NUMBERS.get(word);
        return n != null ? n : Integer.parseInt(word);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String wordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean endsClause(String text, int at) {
        return at >= text.length() || ".,;:!?)\u2014\u2013\n".indexOf(text.charAt(at)) >= 0;
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
        if (claim(taken, m.start(), m.end())) {
            out.add(new Mention(MentionKind.DATE, m.group(), m.start(), m.end(), -1, value, confidence, ""));
        }
    }

    private static void add(List<Mention> out, boolean[] taken, String text, int start, int end, String value, double confidence) {
        if (claim(taken, start, end)) {
            out.add(new Mention(MentionKind.DATE, text.substring(start, end), start, end, -1, value, confidence, ""));
        }
    }

    /** Marks {@code [start, end)} taken, unless some of it is taken already. */
    private static boolean claim(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        return true;
    }
}
