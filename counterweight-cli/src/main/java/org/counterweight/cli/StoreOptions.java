package org.counterweight.cli;

import java.nio.file.Path;
import java.time.Duration;
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
        if (db != null) {
            return db;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".counterweight", "counterweight.duckdb");
    }
}
