package org.counterweight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.ingest.ExtractionTrainingRequest;
import org.counterweight.app.ingest.ExtractionTrainingResult;
import org.counterweight.app.ingest.ExtractionTrainingService;
import org.counterweight.app.ingest.ExtractionTrainingTables;
import org.counterweight.app.ingest.GoldSet;
import org.counterweight.io.article.ExtractionModelFile;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code counterweight train-ingest DEV_DIR...}: trains the model that gives ingested relations,
 * events and agreements their calibrated confidence, and writes its weights.
 */
@Command(name = "train-ingest", description = "Train the confidence model of ingested relations, events and agreements"
        + " on annotated development articles and write its weights (offline; see docs/ingestion.md).",
        footerHeading = "%nExamples:%n", footer = {"  counterweight train-ingest counterweight-io/src/test/resources/ingest/news/dev"
                + " counterweight-io/src/test/resources/ingest/gold counterweight-io/src/test/resources/ingest/heldout"
                + " --out counterweight-io/src/main/resources/org/counterweight/io/article/extraction-model.tsv"})
final class TrainIngestCommand extends ServiceCommand {
    @Parameters(paramLabel = "DEV_DIR", arity = "1..*", description = "Folders of development gold files (never a blind set).")
    List<Path> folders;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights (TSV).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Folds of the cross-fitted calibration.")
    int folds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261207", description = "Seed of the shuffles.")
    long seed;

    @Override
    List<Report.Table> run(Workbench workbench) {
        List<GoldSet> sets = folders.stream().map(GoldSet::read).toList();
        ExtractionTrainingResult result = new ExtractionTrainingService(workbench).train(
                new ExtractionTrainingRequest(caseOption.caseId(), sets, folds, seed));
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ExtractionModelFile.write(result.model(), "Counterweight extraction confidence model (issue 14), written by"
                    + " train-ingest\ntrained on " + folders + " (" + result.articles() + " articles, " + result.findings()
                    + " findings), folds " + folds + ", seed " + seed, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExtractionTrainingTables.of(result);
    }
}
