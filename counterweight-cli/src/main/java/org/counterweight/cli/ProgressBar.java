package org.counterweight.cli;

import java.io.PrintWriter;

/** A progress bar on the terminal's error stream; silent when not on a terminal (CI, pipes, tests). */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final boolean active;
    private int shown = -1;

    ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
        this.active = System.console() != null && total > 0;
    }

    void update(long done) {
        if (!active) {
            return;
        }
        int filled = (int) (WIDTH * done / total);
        if (filled != shown) {
            shown = filled;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " runs");
            err.flush();
        }
    }

    void finish() {
        if (active) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
