package org.counterweight.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterweight.app.RecordingProgress;
import org.counterweight.app.RunSettings;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A benchmark tells each timed piece of work as a stage: its warm-up and timed runs, counted. */
class BenchmarkProgressTest {
    @TempDir
    Path folder;

    @Test
    void eachTimedWorkIsAStageCountingItsWarmUpAndRuns() {
        RecordingProgress progress = new RecordingProgress();
        try (Workbench workbench = TestWorkbenches.copy(folder)) {
            new BenchmarkService(workbench).run(new BenchmarkRequest(Benchmark.BALANCE, new RunSettings(2, null,
                    null)), progress);
        }
        assertThat(progress.told()).containsExactly("stage: frustration index: a warm-up and 2 timed runs (3 runs)",
                "done 1", "done 2", "done 3");
    }
}
