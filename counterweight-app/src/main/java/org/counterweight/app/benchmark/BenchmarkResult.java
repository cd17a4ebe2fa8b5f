package org.counterweight.app.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Timings of one benchmark: each piece of work with its size and the seconds of every timed run.
 *
 * @param title       what was measured, on how many runs
 * @param workColumn  what a row is ("work", "frame")
 * @param countColumn what the count counts ("rows", "sentences", ...)
 * @param rateColumn  the name of count per median second where a rate is reported, else null
 * @param timings     the rows
 * @param notes       ratios, anchors, the machine
 */
public record BenchmarkResult(String title, String workColumn, String countColumn, String rateColumn,
        List<Timing> timings, List<String> notes) {
    public BenchmarkResult {
        timings = List.copyOf(timings);
        notes = List.copyOf(notes);
    }

    /**
     * One piece of work.
     *
     * @param seconds the timed runs, ascending
     */
    public record Timing(String work, long count, double[] seconds) {
        public Timing {
            seconds = seconds.clone();
            Arrays.sort(seconds);
        }

        @Override
        public double[] seconds() {
            return seconds.clone();
        }

        public double median() {
            int n = seconds.length;
            return n % 2 == 1 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
        }

        public double min() {
            return seconds[0];
        }

        public double max() {
            return seconds[seconds.length - 1];
        }
    }
}
