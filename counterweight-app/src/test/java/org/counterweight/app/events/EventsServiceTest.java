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
import org.counterweight.core.events.EventCounting;
import org.counterweight.core.events.EventPeriod;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
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
        return service.dyad(new EventDyadRequest(CaseId.SOUTH_ASIA, a, b, YearRange.of(from, to), period,
                EventCounting.AS_GIVEN));
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
        assertThat(year.covered()).isEqualTo(1);
        assertThat(year.units()).isEqualTo(12);
    }

    @Test
    void openYearsAreFilledFromCoverage() {
        EventDyadResult result = service.dyad(new EventDyadRequest(CaseId.SOUTH_ASIA, "PAK", "CHN", YearRange.open(),
                EventPeriod.YEAR, EventCounting.AS_GIVEN));
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

    /**
     * Days and ISO weeks: the ICEWS sample covers 2018-06-01 and 06-02 (a Friday and a Saturday of ISO week
     * 22), so week 22 has 2 of 7 days covered and 06-03 is not covered. United States to North Korea: 181
     * events as given, 20 one a day (EventStoreTest's independent count), 11 of them on 06-01; ICEWS has
     * no mention counts, so the weighted values are not covered.
     */
    @Test
    void daysAndIsoWeeksAreTalliedAsGivenAndOneADay() {
        EventDyadResult weeks = service.dyad(new EventDyadRequest(CaseId.SOUTH_ASIA, "USA", "PRK", YearRange.of(2018,
                2018), EventPeriod.WEEK, EventCounting.ONE_A_DAY));
        EventDyadResult.Row week = row(weeks, "USA", "2018-W22");
        assertThat(week.tally().events()).isEqualTo(181);
        assertThat(week.oneADay().events()).isEqualTo(20);
        assertThat(week.covered() + " of " + week.units() + " " + week.unit()).isEqualTo("2 of 7 days");
        assertThat(week.oneADay().mentionWeightedGoldsteinSum()).isNull();
        assertThat(row(weeks, "USA", "2018-W23").basis()).startsWith("not covered");
        Report.Table table = EventsTables.of(weeks).get(0);
        assertThat(table.title()).contains("one a day");
        assertThat(table.notes()).anyMatch(n -> n.contains("ISO 8601"));

        EventDyadResult days = service.dyad(new EventDyadRequest(CaseId.SOUTH_ASIA, "USA", "PRK", YearRange.of(2018,
                2018), EventPeriod.DAY, EventCounting.ONE_A_DAY));
        assertThat(days.rows()).hasSize(2 * 365);
        assertThat(row(days, "USA", "2018-06-01").oneADay().events()).isEqualTo(11);
        assertThat(row(days, "PRK", "2018-06-02").basis()).isEqualTo("event-based");
        assertThat(row(days, "USA", "2018-06-03").tally()).isNull();
    }

    /** A dyad is two different states: the same state twice, by any of its names or codes, is refused naming b. */
    @Test
    void aDyadOfAStateWithItselfIsRefused() {
        assertThatThrownBy(() -> dyad("USA", "USA", 2016, 2016, EventPeriod.YEAR)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("b"));
        assertThatThrownBy(() -> dyad("USA", "2", 2016, 2016, EventPeriod.YEAR)).isInstanceOfSatisfying(
                InvalidRequestException.class, e -> assertThat(e.getMessage()).contains("two different states"));
        assertThatThrownBy(() -> service.list(new EventListRequest(CaseId.SOUTH_ASIA, "PAK", "PAK", EventPeriod.MONTH,
                "2016-07"))).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo("b"));
    }

    /** Every tallied event is listed with its file and line; the kept ones make the one-a-day tally. */
    @Test
    void aPeriodsEventsAreListedWithTheirFilesLinesAndOneADayMarks() {
        EventListResult listed = service.list(new EventListRequest(CaseId.SOUTH_ASIA, "USA", "RUS", EventPeriod.MONTH,
                "2016-07"));
        assertThat(listed.events()).hasSize(3).allMatch(e -> e.source().equals("USA") && e.oneADay()
                && e.event().event().sourceUrl().startsWith("http"));
        EventListResult prk = service.list(new EventListRequest(CaseId.SOUTH_ASIA, "USA", "PRK", EventPeriod.WEEK,
                "2018-W22"));
        assertThat(prk.events().stream().filter(e -> e.source().equals("USA"))).hasSize(181);
        assertThat(prk.events().stream().filter(e -> e.source().equals("USA") && e.oneADay())).hasSize(20);
        assertThat(EventsTables.of(prk).get(0).notes().get(0)).contains("one a day");
        assertThatThrownBy(() -> new EventListRequest(CaseId.SOUTH_ASIA, "USA", "PRK", EventPeriod.WEEK, "2018-06"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2016-W30");
    }
}
