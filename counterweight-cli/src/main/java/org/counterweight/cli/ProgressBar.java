package org.counterweight.cli;

import java.io.PrintWriter;
import org.counterweight.core.ensemble.ProgressListener;

/** A progress bar on the terminal's error stream; silent when not on a terminal (CI, pipes, tests). */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean active;
    private int shown = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
        this.active = System.console() != null;
    }

    @Override
    public void completed(int done, int total) {
        if (!active) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        if (filled != shown) {
            shown = filled;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " runs");
            err.flush();
        }
    }

    void finish() {
        if (active && shown >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
