package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the CLI an interface (source-scanning, as core's PureCoreTest): commands parse, call a service
 * of counterweight-app and render. No CLI class reads the store (only the app assembles analyses from
 * it), and no command reaches into another command.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/counterweight/cli");
    /** A use of another command's constructor or static member: {@code new PowerCommand(}, {@code IngestCommand.parseDate(}. */
    private static final Pattern COMMAND_USE = Pattern.compile("\\b(new\\s+)?([A-Z]\\w*Command)(\\(|\\.(?!class\\b)\\w)");

    private static List<Path> sources() {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noCliClassReadsTheStore() {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (read(file).contains("org.counterweight.store.")) {
                violations.add(file.getFileName().toString());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noCommandUsesAnotherCommand() {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String self = file.getFileName().toString().replace(".java", "");
            Matcher matcher = COMMAND_USE.matcher(read(file));
            while (matcher.find()) {
                String used = matcher.group(2);
                if (!used.equals(self) && !used.equals("CounterweightCommand") && !used.equals("ServiceCommand")) {
                    violations.add(self + " uses " + matcher.group());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Commands, their option mixins and value converters, and rendering (tables, progress on a terminal, a page
     * printed to PDF by the browser): nothing that computes.
     */
    @Test
    void theCliHoldsOnlyCommandsOptionsAndRendering() {
        assertThat(sources()).extracting(p -> p.getFileName().toString()).allSatisfy(name -> assertThat(
                name.matches("\\w+(Command|Option|Options|Converter)\\.java") || List.of("Renderer.java", "OutputFormat.java",
                        "TerminalProgress.java", "PdfPrinter.java", "package-info.java").contains(name)).as(name)
                .isTrue());
    }
}
