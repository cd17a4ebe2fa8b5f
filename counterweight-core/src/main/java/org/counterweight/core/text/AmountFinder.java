package org.counterweight.core.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts and percentages and normalises them to {@code <amount> <unit>} with the amount as
 * a plain number: "$64bn" is {@code 64000000000 usd}, "6.6%" is {@code 6.6 percent}, "three border
 * wars" is {@code 3 wars}.
 *
 * <p>Money: a currency sign or code before the number ("$", "US$", "USD", "\u20ac", "\u00a3",
 * "\u20b9", "Rs", "PKR", "INR") or a currency word or code after it ("1.3 billion dollars", "50
 * crore rupees", "2 billion USD"), scaled by up to two scale words: dozen, hundred, thousand,
 * million/mn/m, billion/bn/b, trillion/tn, and the South Asian lakh (10^5) and crore (10^7), so "Rs
 * 5.94 lakh crore" is {@code 5940000000000 inr} (lakh "a hundred thousand" and crore "ten million",
 * Oxford English Dictionary). Currencies are ISO 4217 codes in lower case, as in the gold files.
 * Dollars are US dollars. "Rs" and bare "rupees" are Indian or Pakistani (or Sri Lankan, Nepalese)
 * rupees by the country named nearest before them in their sentence ("a budget that India set at Rs
 * 5.94 lakh crore"), else nearest after them in it, else nearest before them in the text, else
 * Indian (a sentence is taken to end within 400 characters); "PKR", "Pakistani rupees", "INR",
 * "\u20b9" and "Indian rupees" say it themselves.
 *
 * <p>Percentages: "6.6%", "45 percent", "eighty per cent", and fractions as percentages:
 * "two-thirds" is {@code 66.66666666666667 percent}, "a quarter of" {@code 25 percent}, "half of"
 * {@code 50 percent} (not "the first half of", a date).
 *
 * <p>Counted things: a number, up to two modifiers and a noun from a closed list of things analysts
 * count ("31 MQ-9B armed drones" {@code 31 drones}, "nine Chinese workers" {@code 9 workers},
 * "about 100,000 tonnes" {@code 100000 tonnes}, "1.4 billion people", "two dozen missiles"
 * {@code 24 missiles}), so "the two countries", "three sides" and ordinals are not amounts; nor is a
 * single thing ("one war", "the 123 Agreement"). The unit is the noun's plural, normalised by {@link #NOUNS}
 * (pacts, accords and MoUs are agreements; tons tonnes; UAVs drones). A four-digit number from 1800
 * to 2099 without a thousands separator is a year ("the 1971 war"), and a number glued to letters or
 * a hyphen is a model name (F-16, S-400, MQ-9B), not a count; modifiers are words, not function
 * words ("two of the missiles" is not read).
 *
 * <p>Durations count years: "seven decades" is {@code 70 years}, "two centuries" {@code 200 years},
 * "half a century" {@code 50 years}, "25 years" {@code 25 years}; months stay months ("eighteen
 * months" is {@code 18 months}). A duration that is a date relative to the article ("the last two
 * decades", "the next five years", "two years ago", "four years on,") is left to {@link DateFinder}.
 * Numbers may be spelled out up to ninety-nine ("twenty-five"). A number has at most one reading,
 * chosen by what follows it (a currency before it makes it money); the text is scanned once for
 * numbers and once, at word starts, for "a third of", "half of" and "half a century".
 */
public final class AmountFinder {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L));
    /** A number written in words, up to ninety-nine ("twenty-five"). */
    private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two"
            + "|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    /** A number in digits, with thousands separators or not, and decimals. */
    private static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(?:\\.\\d{1,6})?";
    private static final Map<String, Long> SCALES = Map.ofEntries(Map.entry("k", 1000L), Map.entry("thousand", 1000L),
            Map.entry("m", 1000000L), Map.entry("mn", 1000000L), Map.entry("million", 1000000L),
            Map.entry("bn", 1000000000L), Map.entry("b", 1000000000L), Map.entry("billion", 1000000000L),
            Map.entry("tn", 1000000000000L), Map.entry("trillion", 1000000000000L), Map.entry("lakh", 100000L),
            Map.entry("lakhs", 100000L), Map.entry("lac", 100000L), Map.entry("lacs", 100000L), Map.entry("crore", 10000000L),
            Map.entry("crores", 10000000L), Map.entry("cr", 10000000L), Map.entry("dozen", 12L), Map.entry("hundred", 100L));
    /** Up to two scale words ("billion", "lakh crore", "two dozen"); abbreviations ("bn", "m") also glued to the number. */
    private static final String SCALE_WORDS = "(?:dozen|hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|mn|tn|cr)";
    /**
     * Where an amount may start: a number in digits or words, with a currency sign or code right
     * before it, or else not glued to a letter, digit, hyphen, decimal point or currency sign (so not
     * the 16 of F-16 or the 400 of S-400). What follows it is read by {@link #TAIL}; one scan of the
     * text finds every amount that starts with a number.
     */
    private static final Pattern NUMBER_AT = Pattern.compile("(?:(?<cur>US\\$|\\$|\u20ac|\u00a3|\u20b9|\\b(?:USD|PKR|INR|Rs\\.?)"
            + "\\s?)|(?<![\\w.,/$\u20ac\u00a3\u20b9\u2010\u2011-]))(?<num>" + DIGITS + "|" + WORD_NUMBER + "(?!\\w))",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("$", "usd"), Map.entry("us$", "usd"),
            Map.entry("usd", "usd"), Map.entry("\u20ac", "eur"), Map.entry("\u00a3", "gbp"), Map.entry("\u20b9", "inr"),
            Map.entry("inr", "inr"), Map.entry("pkr", "pkr"), Map.entry("dollars", "usd"), Map.entry("us dollars", "usd"),
            Map.entry("indian rupees", "inr"), Map.entry("pakistani rupees", "pkr"), Map.entry("euros", "eur"),
            Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"));
    /** Names of the countries whose currency is called rupee, with their ISO 4217 codes. */
    private static final Pattern RUPEE_COUNTRY = Pattern.compile(
            "\\b(?:(?<inr>India|Indian|New\\sDelhi|Delhi)|(?<pkr>Pakistan|Pakistani|Islamabad)|(?<lkr>Sri\\sLanka|Sri\\sLankan"
                    + "|Colombo)|(?<npr>Nepal|Nepali|Nepalese|Kathmandu))\\b");
    /** Shares and durations that start with a word: "a third of", "half of", "half a century", "a quarter of a century". */
    private static final WordStarts.Lexicon SHARE = WordStarts.Lexicon.of("a quarter of a century|half a century"
            + "|a third of|a quarter of|a fifth of|a tenth of|half of");
    /** Words before "half of" that make it a part of a period or a thing, not a share. */
    private static final Set<String> NOT_A_SHARE = Set.of("first", "second", "latter", "former", "other", "last", "the", "a",
            "one", "each", "either");
    /**
     * The nouns counted as amounts and the unit each stands for: the plural, or the common unit of
     * near-synonyms (pacts, accords and memorandums of understanding are agreements, as the gold
     * annotation reads "four foundational pacts"; tons are tonnes; UAVs are drones; persons people).
     */
    static final Map<String, String> NOUNS = nouns();
    /**
     * What follows a number, read at its end: scale words, then a percent sign, a currency word, a
     * fraction ("-thirds", " thirds of"), a duration unit, or up to two modifiers and a counted noun.
     */
    private static final Pattern TAIL = Pattern.compile("(?<scales>(?:\\s?" + SCALE_WORDS + "\\b|[kmb]\\b)(?:\\s" + SCALE_WORDS
            + "\\b)?)?(?:(?<percent>\\s?(?:%|percent\\b|per\\scent\\b))"
            + "|\\s(?<currency>(?:US\\s)?dollars|(?:Indian\\s|Pakistani\\s)?rupees|euros|yuan|renminbi|USD|PKR|INR)\\b"
            + "|[-\u2010\u2011](?<fraction>halves|half|thirds?|quarters?|fifths?|tenths?)\\b"
            + "|\\s(?<fractionOf>halves|half|thirds?|quarters?|fifths?|tenths?)\\sof\\b"
            + "|\\s(?<unit>decades?|years?|centuries|century|months?)\\b"
            + "|\\s(?<mods>(?:[a-z][a-z0-9]*(?:[-\u2010\u2011][a-z0-9]+)*\\s){0,2}?)(?<noun>"
            + String.join("|", NOUNS.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList()) + ")\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** Words that cannot modify a counted noun: a number followed by them is not counting it ("in 2019 the troops"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "at",
            "for", "with", "by", "from", "that", "which", "who", "its", "their", "his", "her", "our", "these", "those", "this",
            "was", "were", "is", "are", "be", "been", "have", "has", "had", "as", "than", "more", "per", "into", "over",
            "under", "about", "after", "before", "since", "such", "other", "all", "both", "each", "also", "not", "no", "it");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /** What makes a duration a date relative to the article: "the last two decades", "two years ago". */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile(
            "\\b(?:last|past|next|coming|previous|following|first|recent)\\s\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s(?:ago|earlier|later|before|after|to\\scome|on(?=[,;.]))\\b",
            Pattern.CASE_INSENSITIVE);

    private AmountFinder() {
    }

    private static Map<String, String> nouns() {
        Map<String, String> units = new HashMap<>();
        for (String plural : List.of("wars", "conflicts", "crises", "agreements", "treaties", "deals", "sanctions", "summits",
                "rounds", "missiles", "warheads", "tests", "troops", "soldiers", "officers", "militants", "civilians", "workers",
                "nationals", "citizens", "refugees", "people", "aircraft", "jets", "helicopters", "drones", "ships", "warships",
                "vessels", "submarines", "frigates", "destroyers", "squadrons", "battalions", "brigades", "divisions",
                "regiments", "reactors", "satellites", "tonnes", "barrels")) {
            units.put(plural, plural);
        }
        for (String agreement : List.of("pacts", "accords", "mous", "memorandums of understanding", "memoranda of understanding")) {
            units.put(agreement, "agreements");
        }
        units.put("persons", "people");
        units.put("tons", "tonnes");
        units.put("metric tons", "tonnes");
        units.put("uavs", "drones");
        return Map.copyOf(units);
    }

    /** The amounts in {@code text}, in order. */
    public static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher number = NUMBER_AT.matcher(text);
        Matcher tail = TAIL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        RupeeCountries countries = new RupeeCountries(text);
        while (number.find()) {
            tail.region(number.end(), text.length()).lookingAt();
            read(text, number, tail, countries, out, taken);
        }
        for (MatchResult found : SHARE.matches(text, WordStarts.of(text))) {
            String words = found.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (words.endsWith("century")) {
                add(out, taken, text, found.start(), found.end(), (words.startsWith("half") ? 50 : 25) + " years", 0.75, "duration");
            } else if (!words.startsWith("half") || !NOT_A_SHARE.contains(WordStarts.wordBefore(text, found.start()))) {
                int parts = words.startsWith("half") ? 2 : partsOf(words.substring(2, words.length() - 3));
                add(out, taken, text, found.start(), found.end(), plain(BigDecimal.valueOf(100.0 / parts)) + " percent", 0.8,
                        "fraction");
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** The amount a number and what follows it make, if any: money, a count, a percentage, a fraction or a duration. */
    private static void read(String text, Matcher number, Matcher tail, RupeeCountries countries, List<Mention> out,
            boolean[] taken) {
        String num = number.group("num");
        String scales = tail.group("scales");
        int start = number.start();
        if (number.group("cur") != null) {
            int end = scales != null ? tail.end("scales") : number.end();
            String currency = currency(number.group("cur").strip(), countries, start);
            add(out, taken, text, start, end, plain(scaled(num, scales)) + " " + currency, 0.95, "");
        } else if (tail.group("currency") != null) {
            add(out, taken, text, start, tail.end(), plain(scaled(num, scales)) + " "
                    + currency(tail.group("currency").replaceAll("\\s+", " "), countries, start), 0.95, "");
        } else if (tail.group("noun") != null) {
            if (isCount(num, scales != null, tail.group("mods"))) {
                add(out, taken, text, start, tail.end(), plain(scaled(num, scales)) + " " + unit(tail.group("noun")), 0.8, "");
            }
        } else if (scales != null) {
            return;
        } else if (tail.group("percent") != null) {
            add(out, taken, text, start, tail.end(), plain(value(num)) + " percent", 0.95, "");
        } else if (tail.group("fraction") != null || tail.group("fractionOf") != null) {
            int parts = partsOf(tail.group("fraction") != null ? tail.group("fraction") : tail.group("fractionOf"));
            long numerator = Character.isDigit(num.charAt(0)) ? 0 : number(num);
            if (numerator > 0 && numerator < parts) {
                add(out, taken, text, start, tail.end(), plain(BigDecimal.valueOf(100.0 * numerator / parts)) + " percent", 0.8,
                        "fraction");
            }
        } else if (tail.group("unit") != null && !num.contains(".") && !isRelative(text, start, tail.end())) {
            String unit = tail.group("unit").toLowerCase(Locale.ROOT);
            long amount = number(num);
            String value = unit.startsWith("month") ? amount + " months"
                    : amount * (unit.startsWith("decade") ? 10 : unit.startsWith("centur") ? 100 : 1) + " years";
            add(out, taken, text, start, tail.end(), value, 0.75, "duration");
        }
    }

    /** Whether a duration is a date relative to the article: "the last two decades", "two years ago". */
    private static boolean isRelative(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        return RELATIVE_BEFORE.matcher(before).find() || RELATIVE_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * A counted noun: two or more (a single thing is named, not counted: "one war", "the 123
     * Agreement" has no plural), not after a year-like number without a scale, and with words, not
     * function words, between number and noun.
     */
    private static boolean isCount(String num, boolean scaled, String mods) {
        if (!scaled && (YEAR.matcher(num).matches() || value(num).compareTo(BigDecimal.valueOf(2)) < 0)) {
            return false;
        }
        for (String modifier : mods.strip().split("\\s+")) {
            String word = modifier.toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(word) || WORDS.containsKey(word)) {
                return false;
            }
        }
        return true;
    }

    private static String unit(String noun) {
        return NOUNS.get(noun.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** A number in digits (thousands separators dropped) or words. */
    private static BigDecimal value(String num) {
        return Character.isDigit(num.charAt(0)) ? new BigDecimal(num.replace(",", "")) : BigDecimal.valueOf(number(num));
    }

    /** A number times its scale words, if any. */
    private static BigDecimal scaled(String num, String scales) {
        BigDecimal amount = value(num);
        if (scales != null) {
            for (String scale : scales.strip().split("\\s+")) {
                amount = amount.multiply(BigDecimal.valueOf(SCALES.get(scale.toLowerCase(Locale.ROOT))));
            }
        }
        return amount;
    }

    /** How many parts a fraction's denominator makes: 2 for halves, 3 for thirds... */
    private static int partsOf(String denominator) {
        return switch (denominator.toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
            case "half", "halve" -> 2;
            case "third" -> 3;
            case "quarter" -> 4;
            case "fifth" -> 5;
            default -> 10;
        };
    }

    /** The ISO 4217 code of a currency sign, code or word; rupees without a country take one from the text. */
    private static String currency(String written, RupeeCountries countries, int at) {
        String code = CURRENCIES.get(written.toLowerCase(Locale.ROOT));
        return code != null ? code : countries.at(at);
    }

    /** The countries whose currency is the rupee named in a text, found once, when a rupee amount first needs them. */
    private static final class RupeeCountries {
        /** A country named at {@code [start, end)} with its currency code. */
        private record Named(int start, int end, String code) {
        }

        private final String text;
        private List<Named> named;

        RupeeCountries(String text) {
            this.text = text;
        }

        /** The rupee of the country named nearest before {@code at} in its sentence, else after it in it, else before it. */
        String at(int at) {
            if (named == null) {
                named = new ArrayList<>();
                Matcher m = RUPEE_COUNTRY.matcher(text);
                while (m.find()) {
                    String code = m.group("inr") != null ? "inr" : m.group("pkr") != null ? "pkr" : m.group("lkr") != null ? "lkr"
                            : "npr";
                    named.add(new Named(m.start(), m.end(), code));
                }
            }
            int low = 0;
            int high = named.size();
            while (low < high) { // the first name ending after at
                int mid = (low + high) >>> 1;
                if (named.get(mid).end() <= at) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            Named before = low > 0 ? named.get(low - 1) : null;
            if (before != null && !stopBetween(before.end(), at)) {
                return before.code();
            }
            if (low < named.size() && !stopBetween(at, named.get(low).start())) {
                return named.get(low).code();
            }
            return before != null ? before.code() : "inr";
        }

        /**
         * Whether a sentence ends in {@code [from, to)}: a line break, or ".", "!" or "?" before a space
         * and a capital (so not the points of "5.94" or "Rs. 500"); gives up after 400 characters.
         */
        private boolean stopBetween(int from, int to) {
            if (to - from > 400) {
                return true;
            }
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n' || ".!?".indexOf(c) >= 0 && i + 2 < text.length() && text.charAt(i + 1) == ' '
                        && Character.isUpperCase(text.charAt(i + 2))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void add(List<Mention> out, boolean[] taken, String text, int start, int end, String value, double confidence,
            String detail) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        out.add(new Mention(MentionKind.NUMBER, text.substring(start, end), start, end, -1, value, confidence, detail));
    }

    private static long number(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            return WORDS.get(word.substring(0, hyphen)) + WORDS.get(word.substring(hyphen + 1));
        }
        return WORDS.containsKey(word) ? WORDS.get(word) : Long.parseLong(word.replace(",", ""));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
