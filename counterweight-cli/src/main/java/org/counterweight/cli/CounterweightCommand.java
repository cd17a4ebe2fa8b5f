package org.counterweight.cli;

import java.io.PrintWriter;
import org.counterweight.app.Fault;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Workbench;
import org.counterweight.io.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code counterweight} command: entry point and exit codes: 0 ok, 1 failure, 2 bad input, and for
 * faults a person can act on (docs/store.md): 3 the knowledge base is in use by another process, 4 the
 * disk is full, 5 permission denied, 6 read-only (knowledge base or output).
 */
@Command(name = "counterweight", mixinStandardHelpOptions = true, version = "counterweight " + Workbench.VERSION,
        description = "How strategic partnerships shift the balance of power: a knowledge base of actors, agreements,"
                + " claims and datasets, every number traced to its source.",
        subcommands = {ReportCommand.class, OverviewCommand.class, ActorsCommand.class, SourcesCommand.class,
            CoverageCommand.class, CiteCommand.class, ClaimsCommand.class, AgreementsCommand.class, RelationsCommand.class,
            MembershipsCommand.class, EventsCommand.class, EventsDyadCommand.class, CapabilitiesCommand.class, ArmsCommand.class,
            DependenceCommand.class, PowerCommand.class, SimilarityCommand.class, BalanceCommand.class,
            LandscapeCommand.class, RichardsonCommand.class, BargainCommand.class, CalibrateCommand.class,
            SelectModelCommand.class, ScenariosCommand.class, SimulateCommand.class, DyadsCommand.class,
            StatesCommand.class, TriadsCommand.class, NetworkCommand.class, IngestCommand.class, EvalIngestCommand.class, TrainIngestCommand.class,
            ImportCommand.class,
            StatusCommand.class, StoreCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class CounterweightCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A command line with Counterweight's exception handling and {@code -h}/{@code --help} on every
     * subcommand, for {@link #main} and tests.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CounterweightCommand());
        addHelp(commandLine);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof InvalidRequestException invalid) {
                err.println("error: " + spelling(cmd.getCommandSpec(), invalid.parameter()) + ": "
                        + invalid.getMessage());
                err.flush();
                return 2;
            }
            if (exception instanceof InputFormatException || exception instanceof IllegalArgumentException) {
                err.println("error: " + exception.getMessage());
                err.flush();
                return 2;
            }
            err.println("error: " + (exception.getMessage() != null ? exception.getMessage() : exception.toString()));
            err.flush();
            return Fault.of(exception).map(CounterweightCommand::exitCode).orElse(1);
        });
        return commandLine;
    }

    /** The exit code of a fault a person can act on. */
    static int exitCode(Fault fault) {
        return switch (fault) {
            case LOCKED -> 3;
            case DISK_FULL -> 4;
            case PERMISSION_DENIED -> 5;
            case READ_ONLY -> 6;
        };
    }

    /** Gives every subcommand, at any depth, the standard -h/--help option (it may use -V or --version itself). */
    private static void addHelp(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
            addHelp(sub);
        }
    }

    /** How this command spells a request parameter: its option ({@code --actors}) or its positional label. */
    static String spelling(CommandSpec spec, String parameter) {
        if (spec.findOption("--" + parameter) != null) {
            return "--" + parameter;
        }
        return spec.positionalParameters().stream().map(p -> p.paramLabel())
                .filter(label -> label.equalsIgnoreCase(parameter)).findFirst().orElse(parameter);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
