package org.counterweight.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.events.DyadPeriod;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.core.events.OneADay;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.events.CameoCountriesReader;
import org.counterweight.io.events.EventDefect;
import org.counterweight.io.events.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the bundled GDELT 1.0 and ICEWS samples into a Parquet event store and checks the dyad
 * tallies against numbers computed independently with a short Python script over the raw sample
 * files (tab split; QuadClass from GDELT's field, for ICEWS from the CAMEO root: 01-05 1, 06-08 2,
 * 09-13 3, 14-20 4; Goldstein from GoldsteinScale / Intensity; ICEWS rows keyed on id and date).
 */
class EventStoreTest {
    static final Path SAMPLES = Path.of("..", "data", "datasets", "event-data");
    static final CameoCountries COUNTRIES = CameoCountriesReader.bundled();

    @TempDir
    Path root;

    private List<FileImport> importSamples(EventStore store) {
        return store.importFiles(EventFile.resolve(SAMPLES.resolve("*_events_sample_*.tsv").toString()), COUNTRIES);
    }

    @Test
    void importsTheSamplesAndTalliesDyadsAsComputedIndependently() {
        EventStore store = EventStore.at(root);
        List<FileImport> imports = importSamples(store);
        assertThat(imports).extracting(i -> i.coverage().dataset()).containsExactly("gdelt1", "gdelt1", "icews");
        assertThat(imports).allMatch(FileImport::changed);
        assertThat(imports.get(2).coverage().events()).isEqualTo(3705);
        assertThat(imports.get(0).coverage().coveredMonths()).containsExactly(YearMonth.of(2016, 7));
        assertThat(imports.get(1).coverage().coveredMonths()).containsExactly(YearMonth.of(1982, 1));
        assertThat(Files.isDirectory(root.resolve("events/year=2016/month=7"))).isTrue();

        // GDELT 1.0 daily sample, USA (COW 2) -> RUS (COW 365): QuadClass 1, 4, 1; Goldstein 3.4, -8.0, 3.0
        // NumMentions 5, 4, 2: mention-weighted sum 5 x 3.4 + 4 x -8.0 + 2 x 3.0 = -9.0 over 11 mentions
        DyadTally usaRus = store.dyadTallies(2, 365, EventPeriod.MONTH, 2016, 2016).get("2016-07").tally();
        assertThat(usaRus).isEqualTo(new DyadTally(3, 2, 0, 0, 1, usaRus.goldsteinSum(), 3, 11,
                usaRus.mentionWeightedGoldstein()));
        assertThat(usaRus.goldsteinSum()).isCloseTo(-1.6, offset(1e-9));
        assertThat(usaRus.mentionWeightedGoldsteinSum()).isCloseTo(-9.0, offset(1e-9));
        assertThat(usaRus.mentionWeightedGoldsteinMean()).isCloseTo(-9.0 / 11, offset(1e-9));
        // ICEWS sample, Russian Federation -> United States: 14 events, 13 verbal cooperation, 1 verbal conflict,
        // Intensity sum 27.6 (mean 1.971429)
        DyadTally rusUsa = store.dyadTallies(365, 2, EventPeriod.YEAR, 2018, 2018).get("2018").tally();
        assertThat(rusUsa.events()).isEqualTo(14);
        assertThat(rusUsa.verbalCooperation()).isEqualTo(13);
        assertThat(rusUsa.verbalConflict()).isEqualTo(1);
        assertThat(rusUsa.goldsteinSum()).isCloseTo(27.6, offset(1e-9));
        // United States -> North Korea (COW 731): 181 events (176, 1, 4, 0), sum 497.0
        DyadTally usaPrk = store.dyadTallies(2, 731, EventPeriod.MONTH, 2018, 2018).get("2018-06").tally();
        assertThat(usaPrk).isEqualTo(new DyadTally(181, 176, 1, 4, 0, usaPrk.goldsteinSum(), 0, 0, 0.0));
        assertThat(usaPrk.goldsteinSum()).isCloseTo(497.0, offset(1e-9));
        // ICEWS has no mention counts: the weighted values are not covered, never 0
        assertThat(usaPrk.mentionWeightedGoldsteinSum()).isNull();
        assertThat(usaPrk.mentionBasis()).startsWith("not covered: 181 of 181 events");
    }

    /**
     * The benchmark's floor writes every dated line of a sample by year and month: the ICEWS sample's
     * 3,705 imported events plus the lines an import refuses or drops as repeats (the floor checks nothing).
     */
    @Test
    void theFloorWritesEveryDatedLineByYearAndMonth(@TempDir Path floor) {
        EventFile icews = EventFile.resolve(SAMPLES.resolve("icews_events_sample_*.tsv").toString()).get(0);
        FileImport imported = EventStore.at(root).importFiles(List.of(icews), COUNTRIES).get(0);
        long repeated = imported.defects().getOrDefault(EventDefect.REPEATED_EVENT, 0L);
        long written = EventStore.writeFloor(icews, floor);
        assertThat(written).isGreaterThanOrEqualTo(imported.coverage().events() + repeated)
                .isLessThanOrEqualTo(imported.lines());
        assertThat(Files.isDirectory(floor.resolve("year=2018"))).isTrue();
    }

    /**
     * One-a-day de-duplication (same source state, target state, CAMEO code and day), checked against
     * the same short Python script over the raw samples, keeping the first line of each group. ICEWS
     * United States to North Korea, June 2018: 181 events in 20 groups (11 on 06-01, 9 on 06-02),
     * QuadClass 16, 1, 3, 0, Intensity sum 43.2. GDELT 1.0 daily sample, United States to United States,
     * July 2016: 34 events (the 35th is dated 2015-07-29) in 21 groups, QuadClass 9, 3, 4, 5, Goldstein
     * sum -8.4, NumMentions 2,024, mention-weighted sum -1,495.4 (as given: 2,108 mentions, -1,564.0).
     */
    @Test
    void oneADayKeepsOneEventPerSourceTargetCodeAndDay() {
        EventStore store = EventStore.at(root);
        importSamples(store);
        DyadPeriod usaPrk = store.dyadTallies(2, 731, EventPeriod.MONTH, 2018, 2018).get("2018-06");
        assertThat(usaPrk.oneADay()).isEqualTo(new DyadTally(20, 16, 1, 3, 0, usaPrk.oneADay().goldsteinSum(), 0,
                0, 0.0));
        assertThat(usaPrk.oneADay().goldsteinSum()).isCloseTo(43.2, offset(1e-9));
        assertThat(store.dyadTallies(2, 731, EventPeriod.DAY, 2018, 2018)).extractingFromEntries(
                e -> e.getKey() + " " + e.getValue().oneADay().events()).containsExactly("2018-06-01 11",
                        "2018-06-02 9");

        DyadPeriod usaUsa = store.dyadTallies(2, 2, EventPeriod.MONTH, 2016, 2016).get("2016-07");
        assertThat(usaUsa.tally().events()).isEqualTo(34);
        assertThat(usaUsa.tally().mentions()).isEqualTo(2108);
        assertThat(usaUsa.tally().mentionWeightedGoldsteinSum()).isCloseTo(-1564.0, offset(1e-9));
        DyadTally oneADay = usaUsa.oneADay();
        assertThat(List.of(oneADay.events(), oneADay.verbalCooperation(), oneADay.materialCooperation(),
                oneADay.verbalConflict(), oneADay.materialConflict(), oneADay.mentions())).containsExactly(21L, 9L,
                        3L, 4L, 5L, 2024L);
        assertThat(oneADay.goldsteinSum()).isCloseTo(-8.4, offset(1e-9));
        assertThat(oneADay.mentionWeightedGoldsteinSum()).isCloseTo(-1495.4, offset(1e-9));
        // the same events, listed: every one traced to its file and line, 21 of them kept one-a-day
        List<StoredEvent> listed = store.dyadEvents(2, 2, EventPeriod.MONTH.span("2016-07"));
        assertThat(listed).hasSize(34).allMatch(e -> e.event().file().startsWith("gdelt1_events_sample_daily")
                && e.event().line() > 1 && e.event().sourceUrl() != null);
        assertThat(listed.stream().map(e -> OneADay.key(2, 2, e.event().eventCode(), e.event().date())).distinct())
                .hasSize(21);
        // weeks: 2016-07-28 was a Thursday of ISO week 30
        assertThat(store.dyadTallies(2, 2, EventPeriod.WEEK, 2016, 2016)).containsKey("2016-W30");
        assertThat(store.coveredDays()).contains(new EventPeriod.Span(LocalDate.of(2018, 6, 1),
                LocalDate.of(2018, 6, 2)));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        EventStore store = EventStore.at(root);
        importSamples(store);
        long events = store.eventCount();
        List<FileImport> again = importSamples(store);
        assertThat(again).noneMatch(FileImport::changed);
        assertThat(store.eventCount()).isEqualTo(events);
        assertThat(store.coverage()).hasSize(3);
    }

    @Test
    void aCorruptedLineGoesToTheErrataAndTheRestIsImported() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("gdelt1_events_sample_historical_1982.tsv"));
        lines.set(5, lines.get(5).replaceFirst("\t19820102\t", "\t1982010X\t"));
        lines.set(6, lines.get(6).substring(0, 40));
        Path corrupted = Files.write(root.resolve("corrupted.tsv"), lines);
        EventStore store = EventStore.at(root.resolve("store"));
        FileImport result = store.importFiles(EventFile.resolve(corrupted.toString()), COUNTRIES).get(0);
        assertThat(result.coverage().events()).isEqualTo(201 - 2);
        assertThat(result.defects()).containsEntry(EventDefect.BAD_LINE, 2L);
        assertThat(result.errata()).extracting(e -> e.line()).containsExactly(6L, 7L);
        assertThat(result.errata().get(0).field()).isEqualTo("SQLDATE");
    }

    @Test
    void knownDefectsAreCountedAndTheirRowsHandled() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("gdelt1_events_sample_daily_20160728.tsv"));
        String[] first = lines.get(1).split("\t", -1);
        String[] dated1920 = first.clone();
        dated1920[0] = "1";
        dated1920[1] = "19200727";
        String[] noCode = first.clone();
        noCode[0] = "2";
        noCode[26] = "---";
        String[] padded = first.clone();
        padded[0] = "3";
        padded[7] = " USA ";
        Path file = Files.write(root.resolve("defects.tsv"), List.of(String.join("\t", first),
                String.join("\t", dated1920), String.join("\t", noCode), String.join("\t", padded)));
        FileImport result = EventStore.at(root.resolve("store")).importFiles(EventFile.resolve(file.toString()), COUNTRIES)
                .get(0);
        assertThat(result.coverage().events()).isEqualTo(2);
        assertThat(result.defects()).containsEntry(EventDefect.DATE_BEFORE_DATASET, 1L)
                .containsEntry(EventDefect.NO_EVENT_CODE, 1L).containsEntry(EventDefect.PADDED_ACTOR, 1L);
    }

    @Test
    void repeatedIcewsIdsAreKeyedOnIdAndDate() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("icews_events_sample_2018-06-01_02.tsv"));
        String sameIdOtherDate = lines.get(1).replaceFirst("\t2018-06-01\t", "\t2018-06-03\t");
        Path file = Files.write(root.resolve("icews.tsv"), List.of(lines.get(0), lines.get(1), lines.get(1),
                sameIdOtherDate));
        FileImport result = EventStore.at(root.resolve("store")).importFiles(EventFile.resolve(file.toString()), COUNTRIES)
                .get(0);
        assertThat(result.coverage().events()).isEqualTo(2);
        assertThat(result.defects()).containsEntry(EventDefect.REPEATED_EVENT, 1L);
        assertThat(result.coverage().lastDate()).isEqualTo(LocalDate.of(2018, 6, 3));
    }

    @Test
    void aFileThatIsNotAnEventFileStopsTheImportBeforeAnythingIsWritten() throws IOException {
        Path folder = Files.createDirectories(root.resolve("in"));
        Files.copy(SAMPLES.resolve("gdelt1_events_sample_historical_1982.tsv"), folder.resolve("a.tsv"));
        Files.writeString(folder.resolve("b.csv"), "country,year,value\nPAK,2001,3\n");
        assertThatThrownBy(() -> EventFile.resolve(folder.toString())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("b.csv").hasMessageContaining("not an event file");
        assertThat(EventStore.at(root.resolve("store")).coverage()).isEmpty();
    }

    @Test
    void readsZippedAndGzippedFiles() throws IOException {
        Path source = SAMPLES.resolve("gdelt1_events_sample_historical_1982.tsv");
        Path zip = root.resolve("19820102.export.CSV.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("19820102.export.CSV"));
            Files.copy(source, out);
            out.closeEntry();
        }
        Path gz = root.resolve("1982.tsv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(source, out);
        }
        EventStore store = EventStore.at(root.resolve("store"));
        List<FileImport> imports = store.importFiles(EventFile.resolve(root + "/1982*"), COUNTRIES);
        assertThat(imports).hasSize(2).allMatch(i -> i.coverage().events() == 201);
        Map<String, DyadPeriod> unused = store.dyadTallies(1, 1, EventPeriod.YEAR, 1982, 1982);
        assertThat(unused).isEmpty();
    }
}
