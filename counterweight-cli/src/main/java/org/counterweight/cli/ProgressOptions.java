package org.counterweight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterweight.app.Progress;
import picocli.CommandLine.Option;

/**
 * {@code --quiet}, and where a command's progress goes: as the conventions go, a stage list and progress
 * bar on the error stream when that stream is a terminal (whatever the output stream is: tables
 * redirected to a file still show the progress), nothing with --quiet or when the error stream is a file
 * or a pipe (CI, scripts, tests).
 */
final class ProgressOptions {
    @Option(names = {"-q", "--quiet"}, description = "Show no progress (stages, bar, time left) on the error stream;"
            + " it is shown only when the error stream is a terminal anyway.")
    boolean quiet;

    /**
     * The progress to hand a service: drawn on {@code err} when it is shown, else {@link Progress#NONE}.
     *
     * @param stages how many stages the command tells, 0 if it cannot say
     */
    Progress on(PrintWriter err, int stages) {
        return quiet || !errorStreamIsTerminal() ? Progress.NONE : new TerminalProgress(err, System::nanoTime, stages);
    }

    /**
     * Whether this process's error stream is a terminal: on Linux, whether file descriptor 2 is a
     * terminal device; elsewhere whether the JVM has a console.
     */
    static boolean errorStreamIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
