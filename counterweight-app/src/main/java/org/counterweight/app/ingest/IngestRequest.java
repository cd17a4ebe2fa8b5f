package org.counterweight.app.ingest;

import java.util.Objects;
import java.util.regex.Pattern;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.core.model.PartialDate;

/**
 * Read one article and list what it states; optionally store the findings as proposed claims and
 * compare them with curated claims.
 *
 * @param article     the article
 * @param caseId      the case whose actors and agreements (with their aliases) the extractor looks for,
 *                    and whose curated claims {@code compareWith} reads
 * @param sourceId    the source id the findings are recorded under, or null (required to store them)
 * @param title       the article's title, or null
 * @param author      the author, to whom assessments and recommendations are attributed, or null
 * @param date        the article's date, anchoring relative dates at its precision, or null
 * @param store       whether to store the findings as proposed claims in case {@code ingest-<sourceId>}
 *                    (ingesting the same article again changes nothing)
 * @param compareWith a source id: compare the proposed claims with the case's curated claims quoted from
 *                    it, or null
 * @param minConfidence findings below this confidence are dropped before they are listed, stored or
 *                    compared (0: keep all; relations, events and agreements carry calibrated confidences)
 */
public record IngestRequest(ArticleFile article, CaseId caseId, String sourceId, String title, String author,
        PartialDate date, boolean store, String compareWith, double minConfidence) {
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

    public IngestRequest {
        Objects.requireNonNull(article, "article");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new InvalidRequestException("min-confidence", "the minimum confidence must be in [0, 1], got "
                    + minConfidence);
        }
        Objects.requireNonNull(caseId, "caseId");
        if (store && (sourceId == null || !SOURCE_ID.matcher(sourceId).matches())) {
            throw new InvalidRequestException("source-id", "storing the findings needs a source id (lower-case"
                    + " letters, digits, '.', '-'), got " + sourceId);
        }
    }

    /** Every finding kept. */
    public IngestRequest(ArticleFile article, CaseId caseId, String sourceId, String title, String author,
            PartialDate date, boolean store, String compareWith) {
        this(article, caseId, sourceId, title, author, date, store, compareWith, 0);
    }

    /**
     * An article's date as a user writes it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. A
     * partial date anchors relative expressions at its own precision ("to date" in an article of
     * 2022-04 is /2022-04).
     *
     * @param text the date, or null for none
     * @throws InvalidRequestException naming parameter {@code date} when it is none of these forms
     */
    public static PartialDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("date", e.getMessage());
        }
    }
}
