package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.counterweight.app.Progress;
import org.junit.jupiter.api.Test;

/** The stage list and bar as a terminal shows them, on a clock the test sets (no waiting). */
class TerminalProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();
    private final Progress progress = new TerminalProgress(new PrintWriter(text), clock::get, 3);

    /** What the terminal shows: each "\r" returns to the line's start, so only the last drawing stays. */
    private String screen() {
        StringBuilder shown = new StringBuilder();
        for (String line : text.toString().split("\n", -1)) {
            String[] drawings = line.split("\r");
            shown.append(drawings[drawings.length - 1].stripTrailing()).append('\n');
        }
        return shown.toString().stripTrailing();
    }

    @Test
    void eachStageIsALineWithItsTimeWhenItEnds() {
        progress.stage("network: ties and balance in 2023", 0, null);
        clock.addAndGet(1_200_000_000L);
        progress.stage("timeline of agreements and events", 0, null);
        assertThat(screen()).isEqualTo("[1/3] network: ties and balance in 2023  1.2 s\n"
                + "[2/3] timeline of agreements and events ...");
        clock.addAndGet(300_000_000L);
        progress.finished();
        assertThat(screen()).isEqualTo("[1/3] network: ties and balance in 2023  1.2 s\n"
                + "[2/3] timeline of agreements and events  0.3 s");
    }

    /** A counted stage shows no bar for its first two seconds, then the bar, the count and the time left. */
    @Test
    void aLongCountedStageShowsABarWithTheTimeLeft() {
        progress.stage("scenarios", 16_000, Progress.RUNS);
        clock.addAndGet(SECOND);
        progress.advanced(1_000, null);
        assertThat(screen()).isEqualTo("[1/3] scenarios ...");
        clock.addAndGet(3 * SECOND);
        progress.advanced(4_000, null);
        // 4,000 runs in 4 s: 12,000 to go at the same rate take 12 s
        assertThat(screen()).isEqualTo("[1/3] scenarios  [#####---------------] 4,000/16,000 runs, about 12 s left");
        clock.addAndGet(4 * 60 * SECOND);
        progress.advanced(5_000, null);
        assertThat(screen()).endsWith("5,000/16,000 runs, about 9 min left");
        clock.addAndGet(SECOND);
        progress.advanced(16_000, null);
        assertThat(screen()).endsWith("[####################] 16,000/16,000 runs");
        progress.finished();
        assertThat(screen()).isEqualTo("[1/3] scenarios  4 min 5 s");
    }

    /** Runs told more often than ten times a second are drawn at most that often. */
    @Test
    void redrawsAtMostTenTimesASecond() {
        progress.stage("runs", 1_000, Progress.RUNS);
        clock.addAndGet(3 * SECOND);
        int before = text.toString().length();
        progress.advanced(1, null);
        int once = text.toString().length();
        for (int i = 2; i < 100; i++) {
            clock.addAndGet(1_000_000L);
            progress.advanced(i, null);
        }
        assertThat(once).isGreaterThan(before);
        assertThat(text.toString()).hasSize(once);
    }

    /** While the bar shows, a long title gives way to its name, the words before its first ": ". */
    @Test
    void aLongTitleShowsItsNameBesideTheBar() {
        progress.stage("scenarios: 8 scenarios and their baselines, 1000 runs each", 16_000, Progress.RUNS);
        clock.addAndGet(3 * SECOND);
        progress.advanced(1_013, null);
        assertThat(screen()).isEqualTo("[1/3] scenarios  [#-------------------] 1,013/16,000 runs, about 44 s left");
        progress.finished();
        assertThat(screen()).isEqualTo("[1/3] scenarios: 8 scenarios and their baselines, 1000 runs each  3.0 s");
    }

    /** A title too long for an 80-column line is shortened while it runs, and whole when it ends. */
    @Test
    void liveLinesFitEightyColumns() {
        String title = "writing /a/very/long/folder/name/that/goes/on/and/on/report.html, data/ and the network files";
        progress.stage(title, 0, null);
        assertThat(screen()).hasSizeLessThanOrEqualTo(79).endsWith("\u2026 ...");
        progress.finished();
        assertThat(screen()).isEqualTo("[1/3] " + title + "  0.0 s");
    }

    @Test
    void quietOrNotATerminalShowsNothing() {
        ProgressOptions quiet = new ProgressOptions();
        quiet.quiet = true;
        assertThat(quiet.on(new PrintWriter(text), 3)).isSameAs(Progress.NONE);
        // the tests' error stream is a file or a pipe, never a terminal
        assertThat(ProgressOptions.errorStreamIsTerminal()).isFalse();
        assertThat(new ProgressOptions().on(new PrintWriter(text), 3)).isSameAs(Progress.NONE);
    }
}
