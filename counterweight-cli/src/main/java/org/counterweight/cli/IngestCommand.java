package org.counterweight.cli;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Workbench;
import org.counterweight.app.ingest.ArticleFile;
import org.counterweight.app.ingest.IngestRequest;
import org.counterweight.app.ingest.IngestService;
import org.counterweight.app.ingest.IngestTables;
import org.counterweight.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code counterweight ingest FILE}: the findings of one article. Offsets {@code start}/{@code end}
 * refer to the cleaned text (furniture dropped, HTML decoded); {@code file_start}/{@code file_end}
 * to the file's characters.
 */
@Command(name = "ingest", description = "Read an article (text, Markdown or HTML) and list the actors, agreements,"
        + " dates, amounts, relations, CAMEO events, assessments and recommendations it states, with offsets.",
        footerHeading = "%nExamples:%n", footer = {"  counterweight ingest article.txt --date 2021-05-01",
            "  counterweight ingest article.txt --min-confidence 0.8   # precision first"})
final class IngestCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article: .txt, .md or .html, at most 5 MB.")
    Path file;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--source-id", paramLabel = "ID", description = "Source id to record the findings under.")
    String sourceId;

    @Option(names = "--title", paramLabel = "T", description = "The article's title.")
    String title;

    @Option(names = "--author", paramLabel = "A",
            description = "The author, to whom assessments and recommendations are attributed.")
    String author;

    @Option(names = "--date", paramLabel = "D", description = "The article's date (YYYY, YYYY-MM or YYYY-MM-DD),"
            + " anchoring relative dates at that precision.")
    String date;

    @Option(names = "--into-kb", description = "Store the findings as proposed claims (review them with"
            + " `claims review`). Ingesting the same article again changes nothing.")
    boolean intoKb;

    @Option(names = "--compare-with", paramLabel = "SOURCE", description = "Compare the proposed claims with the"
            + " curated claims of the case quoted from this source: what matched, what is new, what was missed.")
    String compareWith;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0", description = "Keep only findings with at"
            + " least this confidence (0 to 1). Relations, events and agreements carry confidences fitted on the"
            + " development articles; on unseen articles they rank findings but overstate them: at 0.8, 5 of 7"
            + " relations and 26 of 41 events were right on the blind news-2 set (docs/ingestion.md).")
    double minConfidence;

    @Override
    boolean writes() {
        return intoKb;
    }

    @Override
    List<Report.Table> run(Workbench workbench) {
        ArticleFile article = ArticleFile.read(file);
        IngestRequest request = new IngestRequest(article, caseOption.caseId(), sourceId, title, author,
                IngestRequest.parseDate(date), intoKb, compareWith, minConfidence);
        return IngestTables.of(new IngestService(workbench).ingest(request));
    }
}
