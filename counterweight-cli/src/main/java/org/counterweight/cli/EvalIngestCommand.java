package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.Workbench;
import org.counterweight.app.ingest.EvaluationRequest;
import org.counterweight.app.ingest.EvaluationService;
import org.counterweight.app.ingest.EvaluationTables;
import org.counterweight.app.ingest.GoldSet;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code counterweight eval-ingest GOLD_DIR}: precision, recall and F1 per kind against the gold
 * annotations of docs/ingest-gold-format.md.
 */
@Command(name = "eval-ingest", description = "Score the article extractor against gold annotations (*.yaml): precision,"
        + " recall and F1 per kind.",
        footerHeading = "%nExamples:%n",
        footer = {"  counterweight eval-ingest counterweight-io/src/test/resources/ingest/blind",
            "  counterweight eval-ingest counterweight-io/src/test/resources/ingest/news/blind --reliability",
            "  counterweight eval-ingest counterweight-io/src/test/resources/ingest/news-2/blind \\",
            "      --against counterweight-io/src/test/resources/ingest/news-2/second   # agreement between annotators"})
final class EvalIngestCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "GOLD_DIR",
            description = "Folder of <article>.yaml gold files beside their texts.")
    Path goldDir;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "0",
            description = "Also time N extra extraction passes over the texts on one thread and print"
                    + " sentences/second.")
    int repeat;

    @Option(names = "--errors", paramLabel = "KIND", arity = "0..1", fallbackValue = "all",
            description = "Also list every missed gold annotation and every unmatched prediction, for one kind"
                    + " (actor, agreement, date, number, relation, event, assessment, recommendation) or all.")
    String errors;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Score only the predictions with at least this confidence, as `ingest --min-confidence`"
                    + " keeps them (0 to 1; default 0: all).")
    double minConfidence;

    @Option(names = "--reliability", description = "Also print the reliability table: per kind and confidence bin,"
            + " how many predictions were right.")
    boolean reliability;

    @Option(names = "--against", paramLabel = "DIR", description = "Score a second annotator's annotations of the same"
            + " articles (DIR) against GOLD_DIR instead of the extractor: the agreement between annotators (F1), the"
            + " ceiling of the extractor's scores. Only the articles DIR annotates are compared.")
    Path against;

    @Override
    List<Report.Table> run(Workbench workbench) {
        GoldSet gold = GoldSet.read(goldDir);
        if (against != null) {
            if (repeat != 0 || minConfidence != 0 || reliability) {
                throw new InvalidRequestException("against", "--against compares two annotations: it takes neither"
                        + " --repeat, --min-confidence nor --reliability");
            }
            return EvaluationTables.of(new EvaluationService(workbench).agreement(gold, GoldSet.read(against),
                    errors == null ? Set.of() : EvaluationRequest.errorKinds(errors)));
        }
        EvaluationRequest request = new EvaluationRequest(caseOption.caseId(), gold, repeat,
                errors == null ? Set.of() : EvaluationRequest.errorKinds(errors), minConfidence);
        return EvaluationTables.of(new EvaluationService(workbench).evaluate(request), reliability);
    }
}
