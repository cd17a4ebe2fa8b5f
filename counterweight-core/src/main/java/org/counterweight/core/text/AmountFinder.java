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
 */
public final class AmountFinder {
    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("dozen", 12L),
            Map.entry("hundred", 100L), Map.entry("thousand", 1000L));
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
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\\d{1,6})\\s"
                    + "(?:([a-z]{3,15}(?:-[a-z]{2,10})?)\\s)?"
                    + "(wars|war|agreements|treaties|deals|conflicts|crises|missiles|warheads|tests|troops|soldiers|officers"
                    + "|aircraft|jets|submarines|warships|battalions|divisions|sanctions|summits|rounds)\\b",
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
            String number = m.group(1).toLowerCase(Locale.ROOT);
            long amount = WORDS.containsKey(number) ? WORDS.get(number) : Long.parseLong(number);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (!unit.endsWith("s") && !unit.equals("aircraft")) {
                unit = unit + "s";
            }
            if (unit.equals("crisess")) {
                unit = "crises";
            }
            out.add(new Mention(MentionKind.NUMBER, m.group(), m.start(), m.end(), -1, amount + " " + unit, 0.8, ""));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
