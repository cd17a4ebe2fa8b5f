package org.counterweight.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.Mention;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.io.article.ArticleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code counterweight ingest FILE}: the findings of one article. Offsets {@code start}/{@code end}
 * refer to the cleaned text (furniture dropped, HTML decoded); {@code file_start}/{@code file_end}
 * to the file's characters.
 */
@Command(name = "ingest", description = "Read an article (text, Markdown or HTML) and list the actors, agreements,"
        + " dates, amounts, relations, CAMEO events, assessments and recommendations it states, with offsets.")
final class IngestCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The article: .txt, .md or .html, at most 5 MB.")
    Path file;

    @Option(names = "--source-id", paramLabel = "ID", description = "Source id to record the findings under.")
    String sourceId;

    @Option(names = "--title", paramLabel = "T", description = "The article's title.")
    String title;

    @Option(names = "--author", paramLabel = "A", description = "The author, to whom assessments and recommendations are attributed.")
    String author;

    @Option(names = "--date", paramLabel = "D", description = "The article's date (YYYY-MM-DD), anchoring relative dates.")
    String date;

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("no such file: " + file);
        }
        LocalDate anchor = parseDate(date);
        ArticleText article = ArticleReader.read(file);
        ResultTable table = new ResultTable(title, "kind", "text", "start", "end", "file_start", "file_end", "value",
                "confidence", "sentence", "detail");
        if (article.isEmpty()) {
            table.note("empty article: nothing to ingest");
            return List.of(table);
        }
        ArticleExtractor.Result result = Ingestion.extractor(workbench).extract(article.text(), anchor, author);
        for (Mention m : result.mentions()) {
            table.add(m.kind().label(), m.text(), m.start(), m.end(), article.original(m.start()), article.original(m.end()),
                    m.value(), String.format(Locale.ROOT, "%.2f", m.confidence()), m.sentence(), m.detail());
        }
        table.note(result.mentions().size() + " findings in " + result.sentences().size() + " sentences"
                + (sourceId == null ? "" : " of source " + sourceId));
        return List.of(table);
    }

    static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            // a partial date (2022-04) anchors relative expressions at its last possible day
            return org.counterweight.core.model.PartialDate.parse(text.strip()).latest();
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
        }
    }
}
