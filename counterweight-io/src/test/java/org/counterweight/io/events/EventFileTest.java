package org.counterweight.io.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;
import org.junit.jupiter.api.Test;

/** Layout detection and parsing of every event file layout, on the bundled samples and the test fixtures. */
class EventFileTest {
    private static final Path SAMPLES = Path.of("..", "data", "datasets", "event-data");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "events");
    private static final EventLineParser PARSER = new EventLineParser(CameoCountriesReader.bundled());

    /** Collects what a file yields. */
    private static final class Collected implements EventSink {
        final List<DumpEvent> events = new ArrayList<>();
        final List<DumpMention> mentions = new ArrayList<>();
        final List<EventErratum> errata = new ArrayList<>();

        @Override
        public void event(DumpEvent event) {
            events.add(event);
        }

        @Override
        public void mention(DumpMention mention) {
            mentions.add(mention);
        }

        @Override
        public void erratum(EventErratum erratum) {
            errata.add(erratum);
        }

        @Override
        public void defect(EventDefect defect) {
            // counted by the store
        }
    }

    private static Collected read(EventFile file) {
        Collected collected = new Collected();
        file.read(PARSER, collected);
        return collected;
    }

    @Test
    void detectsEveryLayout() {
        assertThat(EventFile.detect(SAMPLES.resolve("gdelt1_events_sample_historical_1982.tsv")).format())
                .isEqualTo(EventFileFormat.GDELT1_EVENTS_57);
        assertThat(EventFile.detect(SAMPLES.resolve("gdelt1_events_sample_daily_20160728.tsv")).format())
                .isEqualTo(EventFileFormat.GDELT1_EVENTS_58);
        assertThat(EventFile.detect(SAMPLES.resolve("icews_events_sample_2018-06-01_02.tsv")).format())
                .isEqualTo(EventFileFormat.ICEWS_EVENTS);
        assertThat(EventFile.detect(FIXTURES.resolve("20160728000000.export.CSV")).format())
                .isEqualTo(EventFileFormat.GDELT2_EVENTS);
        assertThat(EventFile.detect(FIXTURES.resolve("20160728000000.mentions.CSV")).format())
                .isEqualTo(EventFileFormat.GDELT2_MENTIONS);
    }

    @Test
    void gdelt2EventsKeepTheirSourceUrlAndMapActorsToCow() {
        Collected file = read(EventFile.detect(FIXTURES.resolve("20160728000000.export.CSV")));
        assertThat(file.errata).isEmpty();
        assertThat(file.events).hasSize(40);
        DumpEvent first = file.events.get(0);
        assertThat(first.dataset()).isEqualTo("gdelt2");
        assertThat(first.sourceUrl()).startsWith("http://wtop.com/");
        assertThat(first.sourceCountry()).isEqualTo("USA");
        assertThat(first.sourceCow()).isEqualTo(2);
        assertThat(first.line()).isEqualTo(1);
    }

    @Test
    void mentionsAreRead() {
        Collected file = read(EventFile.detect(FIXTURES.resolve("20160728000000.mentions.CSV")));
        assertThat(file.mentions).hasSize(10);
        assertThat(file.mentions.get(0).eventId()).isEqualTo("564111644");
        assertThat(file.mentions.get(9).confidence()).isEqualTo(59);
    }

    @Test
    void icewsCountryNamesMapToCameoAndCow() {
        Collected file = read(EventFile.detect(SAMPLES.resolve("icews_events_sample_2018-06-01_02.tsv")));
        assertThat(file.events).hasSize(3705);
        assertThat(file.events).filteredOn(e -> "Russian Federation".equals(e.sourceActor()))
                .allMatch(e -> "RUS".equals(e.sourceCountry()) && e.sourceCow() == 365);
        DumpEvent first = file.events.get(0);
        assertThat(first.sourceCountry()).isEqualTo("BGD");
        assertThat(first.targetCountry()).isEqualTo("VNM");
        assertThat(first.quadClass().code()).isEqualTo(1);
    }
}
