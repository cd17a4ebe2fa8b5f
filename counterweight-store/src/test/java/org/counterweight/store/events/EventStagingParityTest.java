package org.counterweight.store.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventErratum;
import org.counterweight.io.events.EventFile;
import org.counterweight.io.events.EventLineParser;
import org.counterweight.io.events.EventSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB import ({@link EventStaging}'s SQL) and the line parser the Spark job uses
 * ({@link EventLineParser}) must read the same file the same way: the same events (every stored
 * column, line numbers included) and the same errata (line, field, defect and message) and defect
 * counts. The fixtures are the bundled samples with one line broken in each known way, an empty
 * line in the middle, and a repeated event.
 */
class EventStagingParityTest {
    static final Path SAMPLES = Path.of("..", "data", "datasets", "event-data");
    static final Path FIXTURES = Path.of("..", "counterweight-io", "src", "test", "resources", "events");
    static final CameoCountries COUNTRIES = CameoCountriesReader.bundled();

    @TempDir
    Path root;

    /** What the parser finds, with the later copies of an event id and date left out as the store does. */
    private record Parsed(List<List<Object>> events, List<EventErratum> errata, Map<EventDefect, Long> defects,
            long mentions) {
    }

    private static Parsed parse(EventFile file) {
        List<List<Object>> events = new ArrayList<>();
        List<EventErratum> errata = new ArrayList<>();
        Map<EventDefect, Long> defects = new EnumMap<>(EventDefect.class);
        long[] mentions = {0};
        Set<List<Object>> seen = new HashSet<>();
        file.read(new EventLineParser(COUNTRIES), new EventSink() {
            @Override
            public void event(DumpEvent e) {
                if (!seen.add(List.of(e.eventId(), e.date()))) {
                    errata.add(new EventErratum(e.file(), e.line(), "event id", EventDefect.REPEATED_EVENT, "event "
                            + e.eventId() + " of " + e.date() + " already read"));
                    defects.merge(EventDefect.REPEATED_EVENT, 1L, Long::sum);
                    return;
                }
                events.add(java.util.Arrays.asList(e.dataset(), e.eventId(), e.date().toString(), e.sourceActor(),
                        e.targetActor(), e.sourceCountry(), e.targetCountry(), e.sourceCow(), e.targetCow(),
                        e.eventCode(), e.quadClass().code(), e.goldstein(), e.mentions(), e.sourceUrl(), e.file(),
                        e.line()));
            }

            @Override
            public void mention(DumpMention mention) {
                mentions[0]++;
            }

            @Override
            public void erratum(EventErratum erratum) {
                errata.add(erratum);
                defects.merge(erratum.defect(), 1L, Long::sum);
            }

            @Override
            public void defect(EventDefect defect) {
                defects.merge(defect, 1L, Long::sum);
            }
        });
        errata.sort(java.util.Comparator.comparingLong(EventErratum::line));
        return new Parsed(events, errata, defects, mentions[0]);
    }

    private List<List<Object>> stored(EventStore store) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT dataset, event_id, event_date::VARCHAR, source_actor,"
                        + " target_actor, source_country, target_country, source_cow, target_cow, event_code,"
                        + " quad_class::INTEGER, goldstein, mentions, source_url, file, line FROM read_parquet('"
                        + store.root().resolve("events") + "/*/*/*.parquet') ORDER BY line")) {
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= 16; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private Parsed assertSameReading(Path path) throws SQLException {
        EventFile file = EventFile.detect(path);
        Parsed parsed = parse(file);
        EventStore store = EventStore.at(root.resolve("store-" + path.getFileName()));
        FileImport imported = store.importFiles(List.of(file), COUNTRIES).get(0);
        assertThat(imported.errata()).containsExactlyElementsOf(parsed.errata().subList(0,
                Math.min(parsed.errata().size(), EventStore.ERRATA_SHOWN)));
        assertThat(imported.defects()).isEqualTo(parsed.defects());
        assertThat(imported.mentions()).isEqualTo(parsed.mentions());
        if (file.format().holdsEvents()) {
            List<List<Object>> stored = stored(store);
            assertThat(stored).hasSameSizeAs(parsed.events());
            for (int i = 0; i < stored.size(); i++) {
                assertThat(stored.get(i).toString()).isEqualTo(parsed.events().get(i).toString());
            }
        }
        return parsed;
    }

    private static String[] fields(String line) {
        return line.split("\t", -1);
    }

    @Test
    void gdeltWithEveryKnownDefectIsReadAlikeByDuckDbAndTheParser() throws IOException, SQLException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve(
                "gdelt1_events_sample_daily_20160728.tsv")).subList(0, 40));
        String[][] broken = new String[12][];
        for (int i = 0; i < broken.length; i++) {
            broken[i] = fields(lines.get(i + 1));
        }
        broken[0][0] = "12x";
        broken[1][1] = "20160231";
        broken[2][1] = "19200727";
        broken[3][26] = "---";
        broken[4][26] = "X";
        broken[5][29] = "7";
        broken[6][30] = "12.5";
        broken[7][30] = "n/a";
        broken[8][31] = "99999999999";
        broken[9][7] = " USA ";
        broken[10][17] = "";
        broken[11][5] = "  ";
        for (int i = 0; i < broken.length; i++) {
            lines.set(i + 1, String.join("\t", broken[i]));
        }
        lines.set(20, lines.get(20).substring(0, 60));
        lines.set(21, lines.get(21) + "\textra");
        lines.add(25, "");
        lines.add(lines.get(30));
        Path file = Files.write(root.resolve("gdelt-defects.tsv"), lines);
        Parsed parsed = assertSameReading(file);
        assertThat(parsed.errata()).extracting(EventErratum::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L,
                10L, 21L, 22L, 42L);
        assertThat(parsed.defects()).containsEntry(EventDefect.PADDED_ACTOR, 1L)
                .containsEntry(EventDefect.DATE_BEFORE_DATASET, 1L).containsEntry(EventDefect.NO_EVENT_CODE, 2L)
                .containsEntry(EventDefect.REPEATED_EVENT, 1L);
        assertThat(parsed.events()).extracting(e -> e.get(15)).contains(25L, 27L, 41L).doesNotContain(26L);
    }

    @Test
    void icewsWithRepeatedIdsUnmappedAndMissingCountriesIsReadAlike() throws IOException, SQLException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve("icews_events_sample_2018-06-01_02.tsv"))
                .subList(0, 30));
        String[] unmapped = fields(lines.get(2));
        unmapped[4] = "Atlantis";
        String[] missing = fields(lines.get(3));
        missing[10] = "NA";
        String[] padded = fields(lines.get(4));
        padded[4] = " " + padded[4];
        String[] early = fields(lines.get(5));
        early[1] = "1994-12-31";
        String[] noCode = fields(lines.get(6));
        noCode[6] = "";
        lines.set(2, String.join("\t", unmapped));
        lines.set(3, String.join("\t", missing));
        lines.set(4, String.join("\t", padded));
        lines.set(5, String.join("\t", early));
        lines.set(6, String.join("\t", noCode));
        lines.add(lines.get(1));
        lines.add(lines.get(1).replaceFirst("\t2018-06-01\t", "\t2018-06-03\t"));
        Path file = Files.write(root.resolve("icews-defects.tsv"), lines);
        Parsed parsed = assertSameReading(file);
        assertThat(parsed.defects()).containsEntry(EventDefect.UNMAPPED_COUNTRY, 1L)
                .containsEntry(EventDefect.REPEATED_EVENT, 1L).containsEntry(EventDefect.PADDED_ACTOR, 1L)
                .containsEntry(EventDefect.DATE_BEFORE_DATASET, 1L).containsEntry(EventDefect.NO_EVENT_CODE, 1L);
    }

    /**
     * The edges of the checks written as regular expressions (whole numbers, CAMEO codes and their
     * roots, QuadClass with a sign): one field changed per line, each read alike by both.
     */
    @Test
    void edgeValuesOfTheDigitAndCodeChecksAreReadAlike() throws IOException, SQLException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve(
                "gdelt1_events_sample_daily_20160728.tsv")).subList(0, 30));
        String[][] edges = {{"0", " 123 "}, {"0", "+123"}, {"0", "12345678901234567890"}, {"0", "1234567890123456789"},
            {"26", "21"}, {"26", "00"}, {"26", "2"}, {"26", "20145"}, {"26", "200"}, {"26", "0101"}, {"26", "1a"},
            {"29", "+3"}, {"29", "03"}, {"29", "-3"}, {"29", "3.0"}, {"29", ""}, {"31", "+5"}, {"31", " 7 "},
            {"31", "1x"}, {"31", "2147483648"}};
        for (int i = 0; i < edges.length; i++) {
            String[] line = fields(lines.get(i + 1));
            line[Integer.parseInt(edges[i][0])] = edges[i][1];
            lines.set(i + 1, String.join("\t", line));
        }
        Parsed parsed = assertSameReading(Files.write(root.resolve("gdelt-edges.tsv"), lines));
        assertThat(parsed.errata()).extracting(EventErratum::line).contains(3L, 4L, 6L, 7L, 8L, 9L, 12L)
                .doesNotContain(5L, 10L, 11L, 13L, 14L);
    }

    @Test
    void gdelt2EventsAndMentionsWithBadLinesAreReadAlike() throws IOException, SQLException {
        assertSameReading(FIXTURES.resolve("20160728000000.export.CSV"));
        List<String> mentions = new ArrayList<>(Files.readAllLines(FIXTURES.resolve("20160728000000.mentions.CSV")));
        String[] badTime = fields(mentions.get(1));
        badTime[2] = "2016072800";
        String[] badConfidence = fields(mentions.get(2));
        badConfidence[11] = "high";
        mentions.set(1, String.join("\t", badTime));
        mentions.set(2, String.join("\t", badConfidence));
        mentions.set(3, mentions.get(3).substring(0, 30));
        Parsed parsed = assertSameReading(Files.write(root.resolve("20160728000000.mentions.CSV"), mentions));
        assertThat(parsed.errata()).extracting(EventErratum::line).containsExactly(2L, 3L, 4L);
        assertThat(parsed.mentions()).isEqualTo(7);
    }
}
