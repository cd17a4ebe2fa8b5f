package org.counterweight.app.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Event files written for tests from the first row of the io module's GDELT 2.0 fixture. {@link #year2022}:
 * in March 2022, 30 events Japan to Ukraine coded 042 (QuadClass 1, Goldstein +1.9) and 5 Ukraine to
 * Japan coded 112 (QuadClass 3, -2.0), and 10 events India to Australia (too few for tie evidence). By
 * hand: Japan-Ukraine 35 events, mean (57 - 10) / 35 = +1.342857, a positive event-based tie of weight
 * 0.1342857 after the tie datasets end.
 */
public final class EventFixtures {
    /** The GDELT 2.0 file name the 2022 fixture is written under (GDELT's own naming). */
    public static final String YEAR_2022_FILE = "20220315000000.export.CSV";

    private static final Path TEMPLATE = Path.of("..", "counterweight-io", "src", "test", "resources", "events",
            "20160728000000.export.CSV");

    private EventFixtures() {
    }

    /** Writes the 2022 fixture into {@code folder} as {@link #YEAR_2022_FILE}; answers its path. */
    public static Path year2022(Path folder) {
        try {
            String[] template = Files.readAllLines(TEMPLATE).get(0).split("\t", -1);
            List<String> lines = new ArrayList<>();
            long id = 1;
            for (int i = 0; i < 30; i++) {
                lines.add(event(template, id++, "JPN", "UKR", "042", 1, 1.9));
            }
            for (int i = 0; i < 5; i++) {
                lines.add(event(template, id++, "UKR", "JPN", "112", 3, -2.0));
            }
            for (int i = 0; i < 10; i++) {
                lines.add(event(template, id++, "IND", "AUS", "042", 1, 1.9));
            }
            return Files.write(folder.resolve(YEAR_2022_FILE), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String event(String[] template, long id, String source, String target, String code, int quad,
            double goldstein) {
        String[] f = template.clone();
        f[0] = Long.toString(id);
        f[1] = "20220315";
        f[5] = source;
        f[7] = source;
        f[15] = target;
        f[17] = target;
        f[26] = code;
        f[29] = Integer.toString(quad);
        f[30] = Double.toString(goldstein);
        return String.join("\t", f);
    }
}
