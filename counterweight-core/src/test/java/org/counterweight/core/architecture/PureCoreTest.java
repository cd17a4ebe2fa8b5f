package org.counterweight.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core pure (as EJML keeps its dependencies honest with a source-scanning test): no file,
 * network or database I/O, no frameworks, no printing, no clock-seeded randomness, and no
 * dependency on the drivers that depend on it. {@code java.io.Serializable} is allowed: a marker, no
 * I/O, which the event records carry so that Spark can ship them between executors.
 */
class PureCoreTest {
    private static final Pattern FORBIDDEN = Pattern.compile("^import\\s+(java\\.io\\.(?!Serializable;)"
            + "|java\\.nio\\.|java\\.net\\.|java\\.sql\\.|org\\.duckdb|picocli|com\\.fasterxml|org\\.snakeyaml|org\\.counterweight\\.(io|store|cli)\\b)"
            + "|System\\.(out|err)|new Random\\(\\)|Math\\.random\\(", Pattern.MULTILINE);

    @Test
    void coreSourcesImportNoIoNoFrameworksAndNoDrivers() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> violations = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    var matcher = FORBIDDEN.matcher(Files.readString(p));
                    return matcher.find() ? Stream.of(p + ": " + matcher.group()) : Stream.empty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(violations).isEmpty();
        }
    }
}
