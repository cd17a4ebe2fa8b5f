package org.counterweight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help with its usage and examples, and picocli has nothing to warn about. */
class HelpTest {
    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        for (var entry : command.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            all.add(sub);
            collect(entry.getValue(), sub, all);
        }
    }

    @Test
    void everyCommandAnswersHelpWithUsageAndExamples() {
        List<List<String>> commands = new ArrayList<>();
        collect(CounterweightCommand.commandLine(), List.of(), commands);
        assertThat(commands).hasSizeGreaterThan(25);
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (List<String> command : commands) {
                CommandLine line = CounterweightCommand.commandLine();
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                line.setOut(new PrintWriter(out, true));
                line.setErr(new PrintWriter(err, true));
                List<String> args = new ArrayList<>(command);
                args.add("--help");
                int code = line.execute(args.toArray(String[]::new));
                assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
                assertThat(out.toString()).as(String.join(" ", command)).startsWith("Usage: counterweight "
                        + String.join(" ", command)).contains("-h, --help").contains("Examples:")
                        .doesNotContain("%n");
                assertThat(err.toString()).isEmpty();
            }
        } finally {
            System.setErr(systemErr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).as("picocli warnings").isEmpty();
    }
}
