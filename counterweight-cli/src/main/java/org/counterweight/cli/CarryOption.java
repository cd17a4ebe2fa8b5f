package org.counterweight.cli;

import org.counterweight.app.Carry;
import picocli.CommandLine.Option;

/** {@code --no-carry}: do not carry datasets past their last years (the present-day default carries them, marked). */
final class CarryOption {
    @Option(names = "--no-carry", description = "Do not carry ATOP obligations (data to 2018) and strategic rivalries"
            + " (data to 2020) past their datasets' last years; after them they are then not covered. By default"
            + " they are carried, marked 'carried from', until the knowledge base records their end.")
    boolean none;

    Carry carry() {
        return none ? Carry.NONE : Carry.FORWARD;
    }
}
