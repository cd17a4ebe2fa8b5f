package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Progress;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.bargaining.BargainingRequest;
import org.counterweight.app.bargaining.BargainingResult;
import org.counterweight.app.bargaining.BargainingService;
import org.counterweight.app.bargaining.BargainingTables;
import org.counterweight.io.bargaining.IssueFileReader;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Bueno de Mesquita's expected-utility model on a replication table or an issue file ({@link BargainingService}). */
@Command(name = "bargain", description = {"Bueno de Mesquita's expected-utility model of bargaining over one issue, as"
        + " Scholz, Calbert & Smith (2011) reconstruct it: one row per round with the median-voter position, the"
        + " weighted mean, every actor's position and the offers accepted (confrontation, compromise,"
        + " capitulation), then the inputs with their bases. With --runs, a Monte Carlo forecast over the inputs'"
        + " ranges (the median's quantiles per round) and which inputs move the outcome most.",
    "FILE: a CSV table with the header Actor,Capability,Position,Salience (any letter case; optional"
            + " Capability_Low/_High, Position_Low/_High, Salience_Low/_High), an issue file (YAML,"
            + " docs/bargaining-issues.md) or a bundled issue: " + "s400-caatsa, pakistan-alignment.",
    "Model and variants: docs/models/bargaining.md."},
        footerHeading = "%nExamples:%n", footer = {"  counterweight bargain ec.csv --rounds 10",
            "  counterweight bargain s400-caatsa --runs 1000 --seed 1",
            "  counterweight bargain pakistan-alignment --variant bdm-intent --format json",
            "  counterweight bargain ec.csv --runs 1000 --spread 0.1"})
final class BargainCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A CSV table, an issue file or a bundled issue.")
    String file;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds, 0-" + BargainingRequest.MAX_ROUNDS
            + " (default: the file's, else " + BargainingRequest.DEFAULT_ROUNDS + ").")
    Integer rounds;

    @Option(names = "--variant", paramLabel = "V", defaultValue = "scholz", description = "scholz (the reconstruction"
            + " as published) or bdm-intent (every departure from Bueno de Mesquita's text undone) (default:"
            + " ${DEFAULT-VALUE}).")
    String variant;

    @Mixin
    RunOptions runOptions;

    @Option(names = "--spread", paramLabel = "F", description = "With --runs: give every input without a range of its"
            + " own the range +/- F (capability and salience relative, position as a share of the scale), e.g. 0.1.")
    Double spread;

    @Override
    List<Report.Table> run(Workbench workbench) {
        boolean bundled = IssueFileReader.BUNDLED.contains(file) && !Path.of(file).toFile().isFile();
        Progress progress = progress(0);
        boolean[] started = {false};
        BargainingResult result = new BargainingService(workbench).run(new BargainingRequest(bundled ? file : null,
                bundled ? null : UserFile.read(Path.of(file)), rounds, BargainingRequest.variant(variant),
                runOptions.settings(), spread), (done, total) -> {
                    if (!started[0]) {
                        started[0] = true;
                        progress.stage("bargaining: perturbed runs", total, Progress.RUNS);
                    }
                    progress.advanced(done, null);
                });
        progress.finished();
        warn(result.warnings());
        return BargainingTables.of(result);
    }
}
