package org.counterweight.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --without}: states left out of a calibration's system, a sensitivity check. */
final class WithoutOption {
    @Option(names = "--without", paramLabel = "STATE", split = ",", description = "Leave these states out of the"
            + " system (a sensitivity check, reported in the notes).")
    List<String> states = new ArrayList<>();
}
