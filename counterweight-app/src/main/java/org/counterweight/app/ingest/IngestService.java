package org.counterweight.app.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.CameoCode;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.core.text.ArticleExtractor;
import org.counterweight.core.text.EventCoder;
import org.counterweight.core.text.ExtractionModel;
import org.counterweight.core.text.Gazetteer;
import org.counterweight.core.text.Mention;
import org.counterweight.core.text.ProposedClaims;
import org.counterweight.io.article.ArticleText;
import org.counterweight.io.article.ExtractionModelFile;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.CameoCodebookReader;
import org.counterweight.store.BundledData;
import org.counterweight.store.CaseImporter;
import org.counterweight.store.CaseQueries;
import org.counterweight.store.ImportResult;

/**
 * Reads an article and lists the actors, agreements, dates, amounts, relations, CAMEO events (Gerner,
 * Schrodt, Yilmaz &amp; Abu-Jabr 2002), assessments and recommendations it states, with the rules of
 * {@link ArticleExtractor} over a gazetteer of the case's actors and agreements; stores the findings
 * as proposed claims ({@link ProposedClaims}) and compares them with the curated claims quoted from a
 * source.
 */
public final class IngestService {
    /** The model trained on the development articles (docs/ingestion.md), or null when the build has none. */
    private static final ExtractionModel BUNDLED_MODEL = ExtractionModelFile.bundled().orElse(null);

    /** The source id of proposed claims compared without a source id of their own. */
    private static final String UNNAMED_SOURCE = "ingested";

    /**
     * The wall time a listing of findings may read for: reading is linear (about 5 s of CPU per MB of
     * text without sentence breaks on 2 cores), and an article over a few hundred kilobytes is stopped
     * at a block's end and said so. Storing or comparing findings reads the whole text, since a
     * partial reading would store or compare a part as if it were the article.
     */
    public static final Duration READ_BUDGET = Duration.ofSeconds(8);

    private final Workbench workbench;

    public IngestService(Workbench workbench) {
        this.workbench = workbench;
    }

    /**
     * The extractor of a case: its actors with their aliases (then every state of the country-code
     * crosswalk) and its agreements with their aliases, and the bundled CAMEO codebook.
     */
    public ArticleExtractor extractor(CaseId caseId) {
        try (UnitOfWork work = workbench.begin()) {
            return extractor(work, caseId);
        }
    }

    static ArticleExtractor extractor(UnitOfWork work, CaseId caseId) {
        return extractor(work, caseId, BUNDLED_MODEL);
    }

    /**
     * @param model gives relations, events and agreements their calibrated confidence, or null for the
     *              rules' own (what the model is trained from)
     */
    static ArticleExtractor extractor(UnitOfWork work, CaseId caseId, ExtractionModel model) {
        List<Agreement> agreements = work.cases().agreements(caseId.value(), null, null, null);
        Gazetteer gazetteer = new Gazetteer(work.directory(caseId), agreements);
        return new ArticleExtractor(gazetteer, agreements, new EventCoder(cameoCodes()), model);
    }

    private static List<CameoCode> cameoCodes() {
        String resource = BundledDatasets.get("cameo-codebook").orElseThrow().resource();
        List<CameoCode> codes = new ArrayList<>();
        try (Reader reader = BundledDatasets.open(resource)) {
            new CameoCodebookReader().read(reader, resource, codes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /**
     * Reads the article and extracts its findings; compares them with the curated claims and then stores
     * them, when asked (a comparison that cannot be made stores nothing). A blank article gives an empty
     * result and nothing else.
     *
     * @throws org.counterweight.io.InputFormatException when the article is binary, not UTF-8 or too large
     * @throws InvalidRequestException for an unknown case, or a source no curated claim of the case quotes
     */
    public IngestResult ingest(IngestRequest request) {
        ArticleText article = request.article().read();
        if (article.isEmpty()) {
            return new IngestResult(request.title(), request.sourceId(), true, 0, List.of(), Optional.empty(),
                    Optional.empty(), 0, 0);
        }
        ArticleExtractor.Result extracted;
        Optional<IngestResult.Comparison> comparison = Optional.empty();
        try (UnitOfWork work = workbench.begin()) {
            boolean listingOnly = !request.store() && request.compareWith() == null;
            long deadline = listingOnly ? System.nanoTime() + READ_BUDGET.toNanos() : Long.MAX_VALUE;
            ArticleExtractor.Result all = extractor(work, request.caseId()).extract(article.text(), request.date(),
                    request.author(), deadline);
            extracted = new ArticleExtractor.Result(all.sentences(), all.mentions().stream()
                    .filter(m -> m.confidence() >= request.minConfidence()).toList(), all.charactersRead());
            if (request.compareWith() != null) {
                comparison = Optional.of(compare(work, request, article, extracted));
            }
        }
        List<IngestResult.Finding> findings = new ArrayList<>();
        for (Mention m : extracted.mentions()) {
            findings.add(new IngestResult.Finding(m, article.original(m.start()), article.original(m.end())));
        }
        Optional<IngestResult.Stored> stored = request.store() ? Optional.of(store(request, article, extracted))
                : Optional.empty();
        return new IngestResult(request.title(), request.sourceId(), false, extracted.sentences().size(), findings,
                stored, comparison, extracted.charactersRead(), article.text().length());
    }

    /**
     * Proposed claims against the case's curated ones from the same article: a pair matches when the
     * kinds agree (fact, assessment, recommendation) and the curated quote lies within the proposed
     * claim's sentence (after normalising whitespace and quotes).
     */
    private static IngestResult.Comparison compare(UnitOfWork work, IngestRequest request, ArticleText article,
            ArticleExtractor.Result extracted) {
        String sourceId = request.compareWith();
        List<Claim> curated = work.cases().claims(new CaseQueries.ClaimFilter(null, sourceId, null,
                request.caseId().value())).stream().filter(c -> c.status() == ClaimStatus.CURATED).toList();
        if (curated.isEmpty()) {
            throw new InvalidRequestException("compare-with", "no curated claims of case " + request.caseId()
                    + " quote source '" + sourceId + "'");
        }
        List<Claim> proposed = ProposedClaims.of(request.sourceId() != null ? request.sourceId() : UNNAMED_SOURCE,
                UNNAMED_SOURCE, request.author(), article.text(), extracted);
        List<IngestResult.ComparedClaim> rows = new ArrayList<>();
        Set<String> matchedProposed = new HashSet<>();
        for (Claim c : curated) {
            String quote = normalise(c.evidence().stream().filter(e -> e.sourceId().equals(sourceId)).findFirst()
                    .map(e -> e.quote() == null ? "" : e.quote()).orElse(""));
            Optional<Claim> hit = proposed.stream().filter(p -> p.kind() == c.kind() && !quote.isEmpty()
                    && normalise(p.evidence().get(0).quote()).contains(quote)).findFirst();
            if (hit.isPresent()) {
                matchedProposed.add(hit.get().id());
                rows.add(new IngestResult.ComparedClaim(IngestResult.Outcome.MATCHED, c.kind(), c.id(), hit.get().id(),
                        hit.get().predicate(), quote));
            } else {
                rows.add(new IngestResult.ComparedClaim(IngestResult.Outcome.MISSED, c.kind(), c.id(), null, null,
                        quote));
            }
        }
        for (Claim p : proposed) {
            if (!matchedProposed.contains(p.id())) {
                rows.add(new IngestResult.ComparedClaim(IngestResult.Outcome.NEW, p.kind(), null, p.id(),
                        p.predicate(), p.evidence().get(0).quote()));
            }
        }
        return new IngestResult.Comparison(sourceId, rows);
    }

    private static String normalise(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * Stores the proposed claims as case {@code ingest-<source id>}, extending the case they were read
     * against (so the article may be one of its sources), with the article as their source;
     * the import is skipped when the same text, author, date and title were ingested before.
     */
    private IngestResult.Stored store(IngestRequest request, ArticleText article, ArticleExtractor.Result extracted) {
        String caseId = "ingest-" + request.sourceId();
        String fileName = request.article().name();
        List<Claim> claims = ProposedClaims.of(request.sourceId(), caseId, request.author(), article.text(),
                extracted);
        Source source = new Source(request.sourceId(), SourceKind.ARTICLE,
                request.title() != null ? request.title() : fileName,
                request.author() == null ? List.of() : List.of(request.author()), null, request.date(), null, null,
                null, "ingested from " + fileName);
        CaseFile caseFile = new CaseFile(caseId, "Ingested: " + source.title(), null, List.of(source), List.of(),
                List.of(), List.of(), List.of(), List.of(), claims, request.caseId().value(), null);
        String hash = BundledData.contentHash(List.of(article.text(), String.valueOf(request.author()),
                String.valueOf(request.date()), String.valueOf(request.title())));
        ImportResult imported = CaseImporter.importCase(workbench.store(), caseFile, fileName, hash,
                CaseImporter.EntryLines.NONE);
        return new IngestResult.Stored(caseId, claims.size(), imported.changed());
    }
}
