package org.counterweight.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.datasets.CoverageRequest;
import org.counterweight.app.datasets.CoverageResult;
import org.counterweight.app.datasets.DatasetsService;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dyad cooperation and conflict from the bundled GDELT 1.0 and ICEWS samples. Expected numbers were
 * computed independently with a short Python script over the raw sample files (tab split; QuadClass
 * from GDELT's field or, for ICEWS, from the CAMEO root; Goldstein from GoldsteinScale or Intensity):
 * GDELT daily sample USA to RUS in 2016-07: 3 events, QuadClass 1, 4, 1, Goldstein 3.4 - 8.0 + 3.0 =
 * -1.6; ICEWS sample China to United States in 2018-06: 30 events (27, 1, 2, 0), Intensity sum 60.6,
 * mean 2.02.
 */
class EventsServiceTest {
    @TempDir
    static Path folder;
    static Workbench workbench;
    static EventsService service;

    @BeforeAll
    static void load() {
        workbench = TestWorkbenches.copy(folder);
        service = new EventsService(workbench);
        service.importEvents(new EventImportRequest("gdelt", "../data/datasets/event-data/gdelt1_*.tsv"));
        service.importEvents(new EventImportRequest("icews",
                "../data/datasets/event-data/icews_events_sample_2018-06-01_02.tsv"));
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static EventDyadResult dyad(String a, String b, int from, int to, EventPeriod period) {
        return service.dyad(new EventDyadRequest(CaseId.SOUTH_ASIA, a, b, YearRange.of(from, to), period));
    }

    private static EventDyadResult.Row row(EventDyadResult result, String source, String period) {
        return result.rows().stream().filter(r -> r.source().equals(source) && r.period().equals(period)).findFirst()
                .orElseThrow();
    }

    @Test
    void theCoverageListsEveryImportedFileWithTheMonthsItCovers() {
        CoverageResult coverage = new DatasetsService(workbench).coverage(new CoverageRequest(CaseId.SOUTH_ASIA));

        assertThat(coverage.eventFiles()).extracting(f -> f.file() + " " + EventsTables.months(f))
                .containsExactlyInAnyOrder("gdelt1_events_sample_daily_20160728.tsv 2016-07",
                        "gdelt1_events_sample_historical_1982.tsv 1982-01",
                        "icews_events_sample_2018-06-01_02.tsv 2018-06");
    }

    @Test
    void coveredMonthsHoldTalliesOrZeroAndOtherMonthsAreNotCovered() {
        EventDyadResult result = dyad("USA", "RUS", 2016, 2016, EventPeriod.MONTH);
        assertThat(result.rows()).hasSize(24);
        DyadTally july = row(result, "USA", "2016-07").tally();
        assertThat(july.events()).isEqualTo(3);
        assertThat(july.verbalCooperation()).isEqualTo(2);
        assertThat(july.materialConflict()).isEqualTo(1);
        assertThat(july.goldsteinSum()).isCloseTo(-1.6, offset(1e-9));
        assertThat(row(result, "RUS", "2016-07").tally()).isEqualTo(DyadTally.ZERO);
        assertThat(row(result, "RUS", "2016-07").basis()).isEqualTo("event-based");
        EventDyadResult.Row june = row(result, "USA", "2016-06");
        assertThat(june.tally()).isNull();
        assertThat(june.basis()).startsWith("not covered");
    }

    @Test
    void icewsYearsAreTalliedAndPartlyCoveredYearsSaySo() {
        EventDyadResult result = dyad("CHN", "USA", 2018, 2018, EventPeriod.YEAR);
        EventDyadResult.Row year = row(result, "CHN", "2018");
        assertThat(year.tally().events()).isEqualTo(30);
        assertThat(year.tally().verbalCooperation()).isEqualTo(27);
        assertThat(year.tally().goldsteinMean()).isCloseTo(2.02, offset(1e-9));
        assertThat(year.coveredMonths()).isEqualTo(1);
        assertThat(year.months()).isEqualTo(12);
    }

    @Test
    void openYearsAreFilledFromCoverage() {
        EventDyadResult result = service.dyad(new EventDyadRequest(CaseId.SOUTH_ASIA, "PAK", "CHN", YearRange.open(),
                EventPeriod.YEAR));
        assertThat(result.rows()).extracting(EventDyadResult.Row::period).startsWith("1982").contains("2018");
        assertThat(EventsTables.of(result).get(0).notes()).anyMatch(n -> n.contains("icews_events_sample"));
    }

    @Test
    void aFileOfAnotherFamilyOrNotAnEventFileIsRefused() throws Exception {
        assertThatThrownBy(() -> service.importEvents(new EventImportRequest("icews",
                "../data/datasets/event-data/gdelt1_events_sample_historical_1982.tsv")))
                .isInstanceOf(InvalidRequestException.class);
        Path csv = Files.writeString(folder.resolve("milex.csv"), "country,year,milex\nPAK,2001,3\n");
        int before = workbench.events().coverage().size();
        assertThatThrownBy(() -> service.importEvents(new EventImportRequest("events", csv.toString())))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("not an event file");
        assertThat(workbench.events().coverage()).hasSize(before);
        assertThat(List.of(before)).containsExactly(3);
    }
}
