package org.counterweight.cli;

import org.counterweight.app.CaseId;
import picocli.CommandLine.Option;

/** {@code --case C}: which case the analysis reads (its states, relations and agreements). */
final class CaseOption {
    @Option(names = "--case", paramLabel = "C", defaultValue = "south-asia",
            description = "The case whose actors and curated evidence are read (default: ${DEFAULT-VALUE}).")
    String value;

    CaseId caseId() {
        return new CaseId(value);
    }
}
