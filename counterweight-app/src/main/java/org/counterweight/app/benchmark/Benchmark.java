package org.counterweight.app.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.counterweight.app.InvalidRequestException;

/** What can be measured. */
public enum Benchmark {
    /** Directed dyad-years of the whole COW system 1816-2022 with CINC and ATOP, to Parquet; the bare frame as reference. */
    DYADS,
    /** Every similarity measure for every ATOP dyad-year 1816-2018, portfolios loaded once. */
    SIMILARITY,
    /** The exact frustration index of the 51 COW signed networks 1946-1999 (Doreian &amp; Mrvar). */
    BALANCE,
    /** Exact minima and basins of a seeded random 25-actor landscape. */
    LANDSCAPE,
    /** 10,000 Monte Carlo runs of 30 years of the baseline scenario, with quantile bands. */
    ENSEMBLE,
    /** Article extraction on one thread over the bundled articles; sentence splitting as reference. */
    INGEST,
    /** Import of a synthetic GDELT 2.0 file into the event store, and its dyad-month table; plain SQL as the floor. */
    EVENTS,
    /** The expected-utility model: 100 seeded actors for 100 rounds, and 10,000 perturbed runs of the EC example. */
    BARGAIN;

    /** The benchmark named {@code text} ({@code dyads}, ...). */
    public static Benchmark parse(String text) {
        for (Benchmark benchmark : values()) {
            if (benchmark.label().equals(text)) {
                return benchmark;
            }
        }
        throw new InvalidRequestException("what", "unknown benchmark '" + text + "'; known: "
                + Arrays.stream(values()).map(Benchmark::label).collect(Collectors.joining(", ")));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
