package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event data end to end: import, re-import, a non-event file (exit 2, nothing written), events-dyad. */
class EventCommandsTest {
    private static final String SAMPLES = "../data/datasets/event-data/";

    @TempDir
    static Path folder;

    private static Cli cli;

    @BeforeAll
    static void load() {
        cli = Cli.overLoadedStore(folder);
    }

    @Test
    void importsSamplesOnceAndTalliesADyad() {
        Cli.Run first = cli.run("import", "gdelt", SAMPLES + "gdelt1_events_sample_daily_20160728.tsv");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Cli.Run again = cli.run("import", "gdelt", SAMPLES + "gdelt1_events_sample_daily_20160728.tsv");
        assertThat(again.out()).contains("unchanged");
        Cli.Run dyad = cli.run("events-dyad", "--a", "USA", "--b", "RUS", "--from", "2016", "--to", "2016", "--by",
                "month", "--format", "csv");
        assertThat(dyad.exitCode()).as(dyad.err()).isZero();
        assertThat(dyad.out()).contains("USA,RUS,2016-07,3,2,0,0,1,-1.6");
    }

    @Test
    void aFileThatIsNotAnEventFileExitsTwoAndWritesNothing() throws IOException {
        Path csv = Files.writeString(folder.resolve("not-events.csv"), "a,b\n1,2\n");
        Cli.Run run = cli.run("import", "events", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not-events.csv").contains("not an event file");
        assertThat(Files.exists(folder.resolve("kb.duckdb.events").resolve("imports")
                .resolve("not-events.parquet"))).isFalse();
    }

    @Test
    void anUnknownPeriodIsABadOption() {
        Cli.Run run = cli.run("events-dyad", "--a", "USA", "--b", "RUS", "--by", "fortnight");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--by");
    }
}
