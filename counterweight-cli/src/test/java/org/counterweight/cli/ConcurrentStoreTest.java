package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.TestWorkbenches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several readers at once, and a writer that waits a bounded time and names who holds the store
 * (issue 15: "a second CLI on the same store fails with DuckDB's lock message, even when both only
 * read"). Each reader is a process of its own, as two terminals would be: DuckDB's file lock is per
 * process.
 */
class ConcurrentStoreTest {
    @TempDir
    Path folder;

    /** Starts {@code main} of {@code mainClass} in a JVM of its own, with this test's class path. */
    private static Process java(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** A process holding the store, once it says it has opened it. */
    private static Process holding(Path db, String access) throws IOException {
        Process holder = java(HoldStore.class.getName(), db.toString(), access);
        String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(line).as("the holder opened the store").startsWith("open ");
        return holder;
    }

    private static int release(Process holder) throws IOException, InterruptedException {
        try (OutputStream in = holder.getOutputStream()) {
            in.write('\n');
        }
        return holder.waitFor();
    }

    @Test
    void aReadOnlyServerSharesTheStoreWithReadingCommands() throws Exception {
        Path db = TestWorkbenches.copyStore(folder);
        Process server = java(CounterweightCommand.class.getName(), "serve", "--port", "0", "--db", db.toString(), "-q");
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).as("the server started").startsWith("Serving ").contains("read-only");
            Cli.Run reader = new Cli(db).run("overview", "--year", "2019", "--lock-wait", "1");
            assertThat(reader.exitCode()).as(reader.err()).isZero();
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void twoReadingProcessesOnOneStoreBothSucceedAndAWriterWaitsThenNamesTheHolder() throws Exception {
        Path db = TestWorkbenches.copyStore(folder);
        Process reader = holding(db, "READ");
        try {
            Process second = java(CounterweightCommand.class.getName(), "sources", "--db", db.toString(),
                    "--format", "csv");
            String secondOutput = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor()).as(secondOutput).isZero();
            assertThat(secondOutput).contains("cow-nmc-7.0");

            Cli.Run third = new Cli(db).run("overview", "--year", "2019");
            assertThat(third.exitCode()).as(third.err()).isZero();

            Cli.Run writer = new Cli(db).run("import", "cow-nmc", "../data/datasets/cow-nmc/NMC-6.0-abridged.csv",
                    "--version", "9.9", "--lock-wait", "1");
            assertThat(writer.exitCode()).isEqualTo(3);
            assertThat(writer.err()).contains("is in use by process " + reader.pid()).contains("waited 1 s");
        } finally {
            assertThat(release(reader)).isZero();
        }
    }
}
