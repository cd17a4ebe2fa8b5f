package org.counterweight.cli;

import picocli.CommandLine.Option;

/** {@code --year Y}: one year (the command's description says its default). */
final class YearOption {
    @Option(names = "--year", paramLabel = "Y", description = "The year (default: see above).")
    Integer year;
}
