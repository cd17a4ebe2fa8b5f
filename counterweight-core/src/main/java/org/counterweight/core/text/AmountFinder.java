package org.counterweight.core.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts and percentages and normalises them to {@code <amount> <unit>} with the amount as
 * a plain number: "$64bn" is {@code 64000000000 usd}, "6.6%" is {@code 6.6 percent}, "three border
 * wars" is {@code 3 wars}. Counted things are recognised only for a closed list of nouns (wars,
 * agreements, missiles, troops...), so "the two countries" is not an amount.
 *
 * <p>Durations count years: "seven decades" is {@code 70 years}, "two centuries" {@code 200 years},
 * "25 years" {@code 25 years}; months stay months ("eighteen months" is {@code 18 months}). A
 * duration that is a date relative to the article ("the last two decades", "the next five years",
 * "two years ago") is left to {@link DateFinder}. Numbers may be spelled out up to ninety-nine
 * ("twenty-five").
 */
public final class AmountFinder {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("dozen", 12L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L));
    /** A number written in words or digits, up to ninety-nine in words ("twenty-five"). */
    private static final String NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three"
            + "|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\\d{1,6})";
    private static final Map<String, Long> SCALES = Map.ofEntries(Map.entry("k", 1000L), Map.entry("thousand", 1000L),
            Map.entry("m", 1000000L), Map.entry("mn", 1000000L), Map.entry("million", 1000000L),
            Map.entry("bn", 1000000000L), Map.entry("b", 1000000000L), Map.entry("billion", 1000000000L),
            Map.entry("tn", 1000000000000L), Map.entry("trillion", 1000000000000L));
    private static final Map<String, String> CURRENCIES = Map.of("$", "usd", "US$", "usd", "USD", "usd",
            "\u20ac", "eur", "\u00a3", "gbp", "Rs", "inr", "Rs.", "inr", "\u20b9", "inr");
    private static final Pattern MONEY = Pattern.compile(
            "(US\\$|\\$|\u20ac|\u00a3|\u20b9|USD\\s|Rs\\.?\\s?)(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(\\.\\d{1,6})?\\s?"
                    + "(bn|b|mn|m|k|tn|billion|million|thousand|trillion)?\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "\\b(\\d{1,3}(?:\\.\\d{1,6})?)\\s?(%|percent\\b|per\\scent\\b)");
    private static final Pattern COUNT = Pattern.compile(
            "\\b(" + NUMBER + ")\\s"
                    + "(?:([a-z]{3,15}(?:-[a-z]{2,10})?)\\s)?"
                    + "(wars|war|agreements|treaties|deals|conflicts|crises|missiles|warheads|tests|troops|soldiers|officers"
                    + "|aircraft|jets|submarines|warships|battalions|divisions|sanctions|summits|rounds)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("\\b(" + NUMBER + ")\\s(decades?|years?|centuries|century|months?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What makes a duration a date relative to the article: "the last two decades", "two years ago". */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile(
            "\\b(?:last|past|next|coming|previous|following|first|recent)\\s\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s(?:ago|earlier|later|before|after|to\\scome)\\b",
            Pattern.CASE_INSENSITIVE);

    private AmountFinder() {
    }

    /** The amounts in {@code text}, in order. */
    public static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            BigDecimal amount = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
            if (m.group(4) != null) {
                amount = amount.multiply(BigDecimal.valueOf(SCALES.get(m.group(4).toLowerCase(Locale.ROOT))));
            }
            String currency = CURRENCIES.getOrDefault(m.group(1).strip(), "usd");
            out.add(new Mention(MentionKind.NUMBER, m.group(), m.start(), m.end(), -1, plain(amount) + " " + currency, 0.95, ""));
        }
        m = PERCENT.matcher(text);
        while (m.find()) {
            out.add(new Mention(MentionKind.NUMBER, m.group(), m.start(), m.end(), -1,
                    plain(new BigDecimal(m.group(1))) + " percent", 0.95, ""));
        }
        m = COUNT.matcher(text);
        while (m.find()) {
            long amount = number(m.group(1));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (!unit.endsWith("s") && !unit.equals("aircraft")) {
                unit = unit + "s";
            }
            if (unit.equals("crisess")) {
                unit = "crises";
            }
            out.add(new Mention(MentionKind.NUMBER, m.group(), m.start(), m.end(), -1, amount + " " + unit, 0.8, ""));
        }
        m = DURATION.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (RELATIVE_BEFORE.matcher(before).find() || RELATIVE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            long amount = number(m.group(1));
            String value = unit.startsWith("month") ? amount + " months"
                    : amount * (unit.startsWith("decade") ? 10 : unit.startsWith("centur") ? 100 : 1) + " years";
            out.add(new Mention(MentionKind.NUMBER, m.group(), m.start(), m.end(), -1, value, 0.75, "duration"));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static long number(String written) {
        String word = written.toLowerCase(Locale.ROOT);
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            return WORDS.get(word.substring(0, hyphen)) + WORDS.get(word.substring(hyphen + 1));
        }
        return WORDS.containsKey(word) ? WORDS.get(word) : Long.parseLong(word);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
