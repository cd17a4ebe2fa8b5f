package org.counterweight.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Workbench;
import picocli.CommandLine.Option;

/** {@code --db PATH}: which knowledge base file to use. */
final class StoreOptions {
    static final String ENVIRONMENT_VARIABLE = "COUNTERWEIGHT_DB";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Knowledge base file (default: $" + ENVIRONMENT_VARIABLE
                    + " or ~/.counterweight/counterweight.duckdb). Created and loaded with the bundled data on first use.")
    Path db;

    @Option(names = "--lock-wait", paramLabel = "S", description = "Seconds to wait for a knowledge base another"
            + " process is writing (default: ${DEFAULT-VALUE}); reading commands share it with other readers.",
            defaultValue = "" + Workbench.DEFAULT_LOCK_WAIT_SECONDS)
    int lockWaitSeconds;

    Duration lockWait() {
        if (lockWaitSeconds < 0 || lockWaitSeconds > MAX_LOCK_WAIT_SECONDS) {
            throw new InvalidRequestException("lock-wait", "seconds to wait must be 0-" + MAX_LOCK_WAIT_SECONDS
                    + ", got " + lockWaitSeconds);
        }
        return Duration.ofSeconds(lockWaitSeconds);
    }

    private static final int MAX_LOCK_WAIT_SECONDS = 3600;

    Path path() {
        return db != null ? db : defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The knowledge base used without {@code --db}: {@code $COUNTERWEIGHT_DB}, else
     * {@code ~/.counterweight/counterweight.duckdb} where {@code ~} is {@code $HOME} as the shell
     * means it (Java's {@code user.home} comes from the password database and ignores {@code HOME}),
     * else {@code userHome} when {@code HOME} is not set.
     */
    static Path defaultPath(Map<String, String> environment, String userHome) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        String home = environment.get("HOME");
        return Path.of(home == null || home.isBlank() ? userHome : home, ".counterweight", "counterweight.duckdb");
    }
}
