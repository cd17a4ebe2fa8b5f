package org.counterweight.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.counterweight.app.Progress;

/**
 * A service's {@link Progress} drawn on a terminal's error stream as a stage list: each stage a line,
 * "[3/13] power: capability and expenditure ratios ..." while it runs, redrawn in place, and with its
 * time ("2.1 s") when it ends. A line too long for 79 columns while it runs shows the title's name (up
 * to its first ": "), else the title cut short; the ended line is whole. A stage that counts its steps and has run for
 * {@value #BAR_AFTER_SECONDS} seconds also shows a bar, the steps done and an estimate of the time left
 * (from the rate so far): "[########----------------] 1,200/16,000 runs, about 1 min 10 s left". Used only
 * when the error stream is a terminal and --quiet is not given ({@link ProgressOptions}); the output
 * stream is never touched, so tables redirected to a file stay clean.
 */
final class TerminalProgress implements Progress {
    /** A stage's bar appears once it has run this long: shorter stages just show their line. */
    static final int BAR_AFTER_SECONDS = 2;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 20;
    /** Live lines are kept to this width so that "\r" redraws them in place on an 80-column terminal. */
    private static final int LINE = 79;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final int stages;
    private int number;
    private String title;
    private long steps;
    private String unit;
    private long started;
    private long done;
    private long drawnAt;
    private int drawnLength;
    private boolean open;

    /**
     * @param err      where to draw (a terminal)
     * @param nanoTime the clock ({@link System#nanoTime()})
     * @param stages   how many stages the command will tell, for "[i/n]"; 0 if it cannot say
     */
    TerminalProgress(PrintWriter err, LongSupplier nanoTime, int stages) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.stages = stages;
    }

    @Override
    public void stage(String stageTitle, long stageSteps, String stageUnit) {
        end();
        number++;
        title = stageTitle;
        steps = stageSteps;
        unit = stageUnit == null ? "steps" : stageUnit;
        started = nanoTime.getAsLong();
        done = 0;
        open = true;
        draw(started);
    }

    @Override
    public void advanced(long stepsDone, String item) {
        if (!open) {
            return;
        }
        done = stepsDone;
        long now = nanoTime.getAsLong();
        if (now - drawnAt >= REDRAW_NANOS || done >= steps) {
            draw(now);
        }
    }

    @Override
    public void finished() {
        end();
    }

    /** Ends the open stage's line with the stage's time. */
    private void end() {
        if (!open) {
            return;
        }
        open = false;
        String line = prefix() + title + "  " + duration(nanoTime.getAsLong() - started);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())) + "\n");
        err.flush();
        drawnLength = 0;
    }

    private void draw(long now) {
        drawnAt = now;
        long elapsed = now - started;
        String status = steps > 0 && elapsed >= BAR_AFTER_SECONDS * 1_000_000_000L ? "  " + bar() + left(elapsed)
                : " ...";
        String head = prefix() + title;
        int room = LINE - status.length();
        if (head.length() > room && title.contains(": ")) {
            head = prefix() + title.substring(0, title.indexOf(": "));
        }
        if (head.length() > room) {
            head = head.substring(0, Math.max(0, room - 1)) + "\u2026";
        }
        String line = head + status;
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    private String prefix() {
        return stages > 0 ? "[" + number + "/" + stages + "] " : "- ";
    }

    private String bar() {
        int filled = (int) Math.min(BAR, BAR * done / steps);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + String.format(Locale.ROOT, "%,d/%,d %s",
                done, steps, unit);
    }

    /** ", about 40 s left" from the rate so far; nothing before the first step. */
    private String left(long elapsed) {
        if (done <= 0 || done >= steps) {
            return "";
        }
        double seconds = elapsed / 1e9 * (steps - done) / done;
        return ", about " + (seconds < 90 ? Math.max(1, Math.round(seconds)) + " s"
                : Math.round(seconds / 60) + " min") + " left";
    }

    private static String duration(long nanos) {
        double seconds = nanos / 1e9;
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : String.format(Locale.ROOT, "%d min %d s", (long) seconds / 60, (long) seconds % 60);
    }
}
