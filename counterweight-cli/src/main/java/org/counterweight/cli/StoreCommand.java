package org.counterweight.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code store}: the import history of the knowledge base and undoing an import. */
@Command(name = "store", description = "The knowledge base's import history, and undoing an import.",
        subcommands = {StoreHistoryCommand.class, StoreUndoCommand.class},
        footerHeading = "%nExamples:%n", footer = {"  counterweight store history      # every import: id, dataset,"
                + " version, file, hash, rows, when", "  counterweight store undo 35      # remove import 35; what it"
                        + " replaced comes back"})
final class StoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
