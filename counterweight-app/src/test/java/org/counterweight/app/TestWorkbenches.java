package org.counterweight.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Knowledge bases for service tests: the bundled data is loaded once per test JVM into a template
 * file (about 4 s), and each test class works on a copy of its own (milliseconds), so a class that
 * imports cannot disturb another.
 */
public final class TestWorkbenches {
    private static Path template;

    private TestWorkbenches() {
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path folder = Files.createTempDirectory("counterweight-test-kb");
                Path file = folder.resolve("template.duckdb");
                Workbench.open(file).close();
                file.toFile().deleteOnExit();
                folder.toFile().deleteOnExit();
                template = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }

    /** A workbench over a fresh copy of the loaded template, in {@code folder}. */
    public static Workbench copy(Path folder) {
        return Workbench.open(copyStore(folder));
    }

    /** A fresh copy of the loaded template as {@code folder/kb.duckdb}, for tests that open it themselves. */
    public static Path copyStore(Path folder) {
        try {
            Path file = folder.resolve("kb.duckdb");
            Files.copy(template(), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
