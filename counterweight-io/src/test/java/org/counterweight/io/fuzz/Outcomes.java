package org.counterweight.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.counterweight.io.InputFormatException;

/**
 * The outcome of each fuzzed input, by input class: accepted, or refused with a clean error (io's
 * {@link InputFormatException} naming the file, with a message in words). Any other exception
 * escapes and fails the property, so a stack trace, an internal exception or a leaked Java message
 * ({@code For input string}, {@code MalformedInputException}) is a failure. The tally is written to
 * {@code target/fuzz-outcomes.csv} for {@code docs/hardening.md}.
 */
final class Outcomes {
    private static final Map<String, long[]> TALLY = new ConcurrentHashMap<>();

    private Outcomes() {
    }

    /** Something a reader does with one input. */
    interface Read {
        void run() throws IOException;
    }

    /** Runs the read; records it as accepted or as a clean error, and lets anything else escape. */
    static void check(String inputClass, Read read) {
        try {
            read.run();
            count(inputClass, 0);
        } catch (InputFormatException e) {
            assertClean(e);
            count(inputClass, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input is invalid: it must be refused with a clean error, never accepted in silence. */
    static void refused(String inputClass, Read read) {
        assertThatThrownBy(read::run).as(inputClass).isInstanceOfSatisfying(InputFormatException.class,
                Outcomes::assertClean);
        count(inputClass, 1);
    }

    /** A clean error: a file, a line that is not negative, and words rather than a Java exception's text. */
    static void assertClean(InputFormatException e) {
        assertThat(e.file()).as("file of: %s", e.getMessage()).isNotBlank();
        assertThat(e.line()).isNotNegative();
        assertThat(e.getMessage()).doesNotContain("Exception", "For input string", "java.", "null:", "Input length");
    }

    private static void count(String inputClass, int outcome) {
        TALLY.computeIfAbsent(inputClass, k -> new long[2])[outcome]++;
    }

    /** Writes the tally as CSV: input class, tried, accepted, clean errors. */
    static void write(Path file) {
        StringBuilder csv = new StringBuilder("input_class,tried,accepted,clean_errors\n");
        new TreeMap<>(TALLY).forEach((name, counts) -> csv.append(name).append(',').append(counts[0] + counts[1])
                .append(',').append(counts[0]).append(',').append(counts[1]).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
