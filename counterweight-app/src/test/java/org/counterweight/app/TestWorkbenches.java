package org.counterweight.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Knowledge bases for tests: the bundled data is loaded once into a template file (about 4 s), and
 * each test class works on a copy of its own (milliseconds), so a class that imports cannot disturb
 * another.
 *
 * <p>The template lives in counterweight-app's build folder ({@value #TEMPLATE}), where the CLI's
 * tests find it too (they run from the sibling module's folder); a new template starts as a copy of
 * the store counterweight-store's BundledDataTest loaded in the same build ({@value #LOADED_BY_STORE}),
 * when there is one. Either way it is brought up to date when each test JVM first uses it: opening it
 * reloads whatever bundled content changed since it was written (imports are keyed by content hash),
 * so a template left by an older build is never read stale.
 */
public final class TestWorkbenches {
    /** The template, relative to any module's folder. */
    static final String TEMPLATE = "../counterweight-app/target/test-kb/template.duckdb";
    /** The store counterweight-store's tests loaded, relative to any module's folder. */
    static final String LOADED_BY_STORE = "../counterweight-store/target/test-kb/bundled.duckdb";

    private static boolean current;

    private TestWorkbenches() {
    }

    private static synchronized Path template() {
        Path file = Path.of(TEMPLATE);
        if (!current) {
            try {
                Files.createDirectories(file.getParent());
                Path loaded = Path.of(LOADED_BY_STORE);
                if (!Files.exists(file) && Files.exists(loaded)) {
                    Files.copy(loaded, file);
                }
                Workbench.open(file).close();
                current = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
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
