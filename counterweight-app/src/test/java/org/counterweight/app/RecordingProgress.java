package org.counterweight.app;

import java.util.ArrayList;
import java.util.List;

/** Test helper: a {@link Progress} that writes down what it is told, as "stage: TITLE (STEPS UNIT)", "done N", "finished". */
public final class RecordingProgress implements Progress {
    private final List<String> told = new ArrayList<>();

    @Override
    public void stage(String title, long steps, String unit) {
        told.add("stage: " + title + " (" + steps + " " + unit + ")");
    }

    @Override
    public void advanced(long done, String item) {
        told.add("done " + done);
    }

    @Override
    public void finished() {
        told.add("finished");
    }

    /** What it was told, in order. */
    public List<String> told() {
        return told;
    }
}
