package org.counterweight.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the application layer free of any interface (source-scanning, as core's PureCoreTest): no
 * command-line, HTTP or Spark framework, no printing, and no exception message naming a CLI option or
 * command, so every interface can call the services and say things its own way. (A report may still
 * cite the command that reproduces a table: that is content, not a message.)
 */
class InterfaceFreeAppTest {
    /** Frameworks of interfaces, printing, and an exception message (up to its statement's end) naming an option. */
    private static final Pattern FORBIDDEN = Pattern.compile("^import\\s+(picocli|io\\.javalin|jakarta\\.servlet"
            + "|javax\\.servlet|org\\.apache\\.spark|org\\.counterweight\\.cli)\\b|System\\.(out|err)"
            + "|new \\w*Exception\\([^;]*?(\\s--[a-z][a-z-]+|`counterweight )", Pattern.MULTILINE);

    @Test
    void appSourcesUseNoInterfaceFrameworkPrintNothingAndNameNoCliOption() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> violations = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    var matcher = FORBIDDEN.matcher(Files.readString(p));
                    return matcher.find() ? Stream.of(p + ": " + matcher.group()) : Stream.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertThat(violations).isEmpty();
        }
    }
}
