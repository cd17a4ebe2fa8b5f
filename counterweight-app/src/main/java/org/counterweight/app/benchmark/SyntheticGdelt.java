package org.counterweight.app.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic GDELT 2.0 events file (61 tab-separated columns, no header) with a skew like
 * the real one: actor countries drawn from a Zipf-like law over 40 CAMEO country codes (the United
 * States most often), a third of the events without a second actor, event codes weighted towards
 * statements and consultations, mentions geometric; and about one line in {@value #DEFECT_EVERY}
 * with one of the known defects (a row dated 1920, an EventCode "---", a padded country code), so
 * the import's defect handling is part of what is timed. Seeded: the same seed and size give the
 * same file. For benchmarks only; no number from it is a finding.
 */
final class SyntheticGdelt {
    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "GBR", "IND", "PAK", "ISR", "IRN", "FRA", "DEU",
        "JPN", "TUR", "SYR", "AFG", "UKR", "KOR", "PRK", "AUS", "CAN", "EGY", "SAU", "IRQ", "NGA", "ZAF", "BRA", "MEX",
        "ITA", "ESP", "PHL", "IDN", "BGD", "LKA", "NPL", "MMR", "THA", "VNM", "KEN", "ETH", "LBY", "YEM"};
    /** CAMEO event codes with their Goldstein values (GDELT's CAMEO.goldsteinscale.txt) and weights. */
    private static final String[] CODES = {"010", "020", "036", "042", "043", "051", "057", "061", "071", "112", "120",
        "130", "141", "173", "190", "193"};
    private static final double[] GOLDSTEIN = {0.0, 3.0, 4.0, 1.9, 2.8, 3.4, 8.0, 6.4, 7.4, -2.0, -4.0, -4.4, -6.5,
        -5.0, -10.0, -10.0};
    private static final int[] WEIGHTS = {30, 8, 10, 14, 12, 6, 3, 3, 2, 10, 6, 4, 3, 3, 2, 2};
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    /** One line in this many, on average, carries a known defect. */
    static final int DEFECT_EVERY = 100_000;

    private SyntheticGdelt() {
    }

    /** Writes {@code rows} events to {@code file}, dated over {@code days} days from 2016-01-01. */
    static void write(Path file, long rows, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int totalWeight = 0;
        for (int weight : WEIGHTS) {
            totalWeight += weight;
        }
        double[] zipf = new double[COUNTRIES.length];
        double sum = 0;
        for (int i = 0; i < zipf.length; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        String[] dates = new String[days];
        String[] fractions = new String[days];
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            dates[d] = day.toString().replace("-", "");
            fractions[d] = String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0);
        }
        try (BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder(512);
            for (long id = 1; id <= rows; id++) {
                int dayIndex = random.nextInt(days);
                int defect = random.nextInt(DEFECT_EVERY) == 0 ? 1 + random.nextInt(3) : 0;
                String date = defect == 1 ? "1920" + dates[dayIndex].substring(4) : dates[dayIndex];
                String source = defect == 3 ? " " + country(random, zipf, sum) + " " : country(random, zipf, sum);
                String target = random.nextInt(3) == 0 ? "" : country(random, zipf, sum);
                int pick = random.nextInt(totalWeight);
                int code = 0;
                while (pick >= WEIGHTS[code]) {
                    pick -= WEIGHTS[code];
                    code++;
                }
                int root = Integer.parseInt(CODES[code].substring(0, 2));
                int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
                int mentions = 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(0.7));
                String eventCode = defect == 2 ? "---" : CODES[code];
                line.setLength(0);
                line.append(id).append('\t').append(date).append('\t').append(date, 0, 6).append('\t')
                        .append(date, 0, 4).append('\t').append(fractions[dayIndex]);
                actor(line, source);
                actor(line, target);
                line.append("\t1\t").append(eventCode).append('\t').append(CODES[code]).append('\t')
                        .append(CODES[code], 0, 2).append('\t').append(quad).append('\t').append(GOLDSTEIN[code])
                        .append('\t').append(mentions).append("\t1\t").append(mentions).append("\t-1.5");
                for (int geo = 0; geo < 3; geo++) {
                    line.append("\t1\t\t\t\t\t\t\t");
                }
                line.append('\t').append(date).append("000000\thttps://example.org/news/").append(id).append('\n');
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String country(SplittableRandom random, double[] zipf, double sum) {
        double u = random.nextDouble() * sum;
        for (int i = 0; i < zipf.length; i++) {
            if (u < zipf[i]) {
                return COUNTRIES[i];
            }
        }
        return COUNTRIES[COUNTRIES.length - 1];
    }

    private static void actor(StringBuilder line, String country) {
        line.append('\t').append(country).append('\t').append(country.isEmpty() ? "" : "NAME").append('\t')
                .append(country);
        for (int i = 0; i < 7; i++) {
            line.append('\t');
        }
    }
}
