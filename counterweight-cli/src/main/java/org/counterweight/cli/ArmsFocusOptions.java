package org.counterweight.cli;

import org.counterweight.app.analysis.ArmsFocus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --recipient A | --supplier A} and {@code --release R}: whose arms trade, from which SIPRI release. */
final class ArmsFocusOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Side side;

    /** Exactly one of recipient or supplier. */
    static final class Side {
        @Option(names = "--recipient", paramLabel = "A", description = "Imports of this state, by supplier.")
        String recipient;

        @Option(names = "--supplier", paramLabel = "A", description = "Exports of this state, by recipient.")
        String supplier;
    }

    @Option(names = "--release", paramLabel = "R", description = "Read this SIPRI release alone (default: every"
            + " release loaded, each supplier-recipient-year from the newest covering it).")
    String release;

    ArmsFocus focus() {
        return side.recipient != null ? ArmsFocus.recipient(side.recipient, release)
                : ArmsFocus.supplier(side.supplier, release);
    }
}
