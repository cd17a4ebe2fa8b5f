package org.counterweight.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.counterweight.core.model.PartialDate;
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

    @Option(names = "--date", paramLabel = "D", description = "The article's date (YYYY, YYYY-MM or YYYY-MM-DD), anchoring relative dates at that precision.")
    String date;

    @Option(names = "--into-kb", description = "Store the findings as proposed claims (review them with `claims review`)."
            + " Ingesting the same article again changes nothing.")
    boolean intoKb;

    @Option(names = "--compare-with", paramLabel = "SOURCE", description = "Compare the proposed claims with the curated"
            + " claims quoted from this source: what matched, what is new, what was missed.")
    String compareWith;

    @Override
    List<ResultTable> run(Workbench workbench) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("no such file: " + file);
        }
        PartialDate anchor = parseDate(date);
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
        if (intoKb) {
            table.note(store(workbench, article, result));
        }
        if (compareWith != null) {
            return List.of(table, compare(workbench, article, result));
        }
        return List.of(table);
    }

    /**
     * Proposed claims against curated ones from the same article: a pair matches when the kinds agree
     * (fact, assessment, recommendation) and the curated quote lies within the proposed claim's
     * sentence (after normalising whitespace and quotes).
     */
    private ResultTable compare(Workbench workbench, ArticleText article, ArticleExtractor.Result result) {
        List<org.counterweight.core.model.Claim> curated = workbench.cases().claims(
                new org.counterweight.store.CaseQueries.ClaimFilter(null, compareWith, null, null)).stream()
                .filter(c -> c.status() == org.counterweight.core.model.ClaimStatus.CURATED).toList();
        if (curated.isEmpty()) {
            throw new UserInputException("no curated claims quote source '" + compareWith + "'");
        }
        List<org.counterweight.core.model.Claim> proposed = org.counterweight.core.text.ProposedClaims.of(
                sourceId != null ? sourceId : "ingested", "ingested", author, article.text(), result);
        ResultTable table = new ResultTable("Ingested vs curated claims of " + compareWith, "outcome", "kind", "curated_id",
                "proposed_id", "proposed_predicate", "quote");
        java.util.Set<String> matchedProposed = new java.util.HashSet<>();
        int matched = 0;
        for (var c : curated) {
            String quote = normalise(c.evidence().stream().filter(e -> e.sourceId().equals(compareWith)).findFirst()
                    .map(e -> e.quote() == null ? "" : e.quote()).orElse(""));
            var hit = proposed.stream().filter(p -> p.kind() == c.kind() && !quote.isEmpty()
                    && normalise(p.evidence().get(0).quote()).contains(quote)).findFirst();
            if (hit.isPresent()) {
                matched++;
                matchedProposed.add(hit.get().id());
                table.add("matched", label(c), c.id(), hit.get().id(), hit.get().predicate(), quote);
            } else {
                table.add("missed", label(c), c.id(), null, null, quote);
            }
        }
        for (var p : proposed) {
            if (!matchedProposed.contains(p.id())) {
                table.add("new", label(p), null, p.id(), p.predicate(), p.evidence().get(0).quote());
            }
        }
        table.note(matched + " of " + curated.size() + " curated claims matched; " + (proposed.size() - matchedProposed
                .size()) + " proposed claims have no curated counterpart (new, or noise).");
        return table;
    }

    private static String label(org.counterweight.core.model.Claim claim) {
        return org.counterweight.core.model.Labels.label(claim.kind());
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").strip();
    }

    /** Stores the proposed claims in slot case:ingest-SOURCE; returns what happened. */
    private String store(Workbench workbench, ArticleText article, ArticleExtractor.Result result) {
        if (sourceId == null || !sourceId.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new UserInputException("--into-kb needs --source-id (lower-case letters, digits, '.', '-'), got "
                    + sourceId);
        }
        String caseId = "ingest-" + sourceId;
        List<org.counterweight.core.model.Claim> claims = org.counterweight.core.text.ProposedClaims.of(sourceId,
                caseId, author, article.text(), result);
        var source = new org.counterweight.core.model.Source(sourceId, org.counterweight.core.model.SourceKind.ARTICLE,
                title != null ? title : file.getFileName().toString(), author == null ? List.of() : List.of(author), null,
                date == null ? null : org.counterweight.core.model.PartialDate.parse(date), null, null, null,
                "ingested from " + file.getFileName());
        var caseFile = new org.counterweight.core.model.CaseFile(caseId, "Ingested: " + source.title(), null,
                List.of(source), List.of(), List.of(), List.of(), List.of(), List.of(), claims);
        String hash = org.counterweight.store.BundledData.contentHash(List.of(article.text(), String.valueOf(author),
                String.valueOf(date), String.valueOf(title)));
        var imported = org.counterweight.store.CaseImporter.importCase(workbench.store(), caseFile,
                file.getFileName().toString(), hash);
        return imported.changed() ? claims.size() + " proposed claims stored as case " + caseId
                + "; review them with: counterweight claims review ID --accept|--reject"
                : "unchanged: this article was already ingested (reviews kept)";
    }

    static PartialDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            // a partial date (2022-04) anchors relative expressions at its own precision ("to date" is /2022-04)
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--date must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
        }
    }
}
