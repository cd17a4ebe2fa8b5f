package org.counterweight.core.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Named historical periods and events that date statements in international-relations prose ("the
 * Cold War", "the Kargil war", "post-9/11"), each with the period it names, at the precision the
 * sources agree on.
 *
 * <p>Sources (dates as given by Encyclopaedia Britannica's articles of the same names unless said
 * otherwise):
 * <ul>
 * <li>First World War 1914-1918; Second World War 1939-1945; the interwar period 1918-1939 (between them).</li>
 * <li>Partition of India 1947 (Indian Independence Act 1947; independence on 14-15 August 1947).</li>
 * <li>Cold War 1947-1991: from the Truman Doctrine (March 1947) to the dissolution of the Soviet
 *     Union (December 1991), as in the US Department of State, Office of the Historian, "Milestones".</li>
 * <li>Korean War 1950-1953 (invasion of 25 June 1950 to the armistice of 27 July 1953).</li>
 * <li>Sino-Indian War 1962 (20 October to 21 November 1962).</li>
 * <li>Bangladesh Liberation War 1971 (March to 16 December 1971).</li>
 * <li>Soviet-Afghan War 1979-1989 (Soviet troops entered at the end of December 1979; the
 *     withdrawal ended on 15 February 1989); "the Soviet invasion of Afghanistan" is December 1979.</li>
 * <li>Gulf War 1990-1991 (Iraq's invasion of Kuwait on 2 August 1990 to the ceasefire of 28 February 1991).</li>
 * <li>Kargil War 1999 (May to July 1999).</li>
 * <li>9/11: the attacks of 11 September 2001.</li>
 * <li>War on Terror from 2001 (President Bush's address to Congress, 20 September 2001), open-ended.</li>
 * <li>Iraq War 2003-2011 (invasion of 20 March 2003 to the US withdrawal of 18 December 2011); "the
 *     invasion of Iraq" is March 2003.</li>
 * </ul>
 */
final class NamedPeriods {
    /** A period: its first and last date in the gold format ({@code YYYY[-MM[-DD]]}); {@code to} null while open. */
    record Period(String from, String to) {
    }

    private static final Map<String, Period> PERIODS = new LinkedHashMap<>();

    static {
        add(new Period("1914", "1918"), "First World War", "World War I", "World War One", "WWI", "Great War");
        add(new Period("1939", "1945"), "Second World War", "World War II", "World War Two", "WWII");
        add(new Period("1918", "1939"), "interwar period", "inter-war period", "interwar years", "inter-war years");
        add(new Period("1947", "1947"), "Partition of India", "Partition of British India");
        add(new Period("1947", "1991"), "Cold War");
        add(new Period("1950", "1953"), "Korean War");
        add(new Period("1962", "1962"), "Sino-Indian War", "Sino-Indian border war", "India-China war");
        add(new Period("1971", "1971"), "Bangladesh Liberation War", "Bangladesh War of Independence");
        add(new Period("1979", "1989"), "Soviet-Afghan War", "Soviet-Afghan conflict", "Soviet war in Afghanistan",
                "Soviet occupation of Afghanistan", "Afghan jihad");
        add(new Period("1979-12", "1979-12"), "Soviet invasion of Afghanistan");
        add(new Period("1990", "1991"), "Gulf War", "First Gulf War", "Persian Gulf War");
        add(new Period("1999", "1999"), "Kargil War", "Kargil conflict", "Kargil crisis");
        add(new Period("2001-09-11", "2001-09-11"), "9/11", "9/11 attacks", "September 11 attacks");
        add(new Period("2001", null), "War on Terror", "Global War on Terror", "War on Terrorism", "war against terror",
                "war against terrorism");
        add(new Period("2003", "2011"), "Iraq War", "Second Gulf War");
        add(new Period("2003-03", "2003-03"), "invasion of Iraq", "US invasion of Iraq");
    }

    /** The alternatives of all names, longest first, for a case-insensitive regular expression. */
    static final String NAMES = PERIODS.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .map(n -> Pattern.quote(n).replace(" ", "\\E\\s\\Q").replace("-", "\\E[-\u2010\u2011\u2013]\\Q"))
            .collect(Collectors.joining("|"));

    private NamedPeriods() {
    }

    private static void add(Period period, String... names) {
        for (String name : names) {
            PERIODS.put(key(name), period);
        }
    }

    /** The period a name found by {@link #NAMES} stands for. */
    static Period get(String name) {
        return PERIODS.get(key(name));
    }

    /**
     * Whether a name is the period without "the", a prefix or "era" after it: those with a number
     * (9/11, World War II, WWI) are; others ("Cold War rhetoric", "a new Cold War") are likenesses.
     */
    static boolean standsAlone(String name) {
        String key = key(name);
        return key.chars().anyMatch(Character::isDigit) || key.startsWith("world war") || key.startsWith("ww");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\u2010\u2011\u2013]", "-");
    }
}
