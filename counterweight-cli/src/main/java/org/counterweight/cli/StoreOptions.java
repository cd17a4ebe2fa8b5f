package org.counterweight.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db PATH}: which knowledge base file to use. */
final class StoreOptions {
    static final String ENVIRONMENT_VARIABLE = "COUNTERWEIGHT_DB";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Knowledge base file (default: $" + ENVIRONMENT_VARIABLE
                    + " or ~/.counterweight/counterweight.duckdb). Created and loaded with the bundled data on first use.")
    Path db;

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
