package org.counterweight.app.datasets;

import java.util.List;
import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.store.events.FileCoverage;

/**
 * What the knowledge base covers for a case: the years its year-by-year views can show, the span of
 * each dataset and of the case's curated evidence, and the imported event files.
 *
 * <p>The case's years run from its first curated date (a relation's start, an agreement's date, an
 * event, a membership) to the latest year any span reaches. Where the case has no dated curated
 * evidence they start with the first dataset's span listed (ATOP, else the rivalries, else NMC). Inside them a year after a
 * dataset's last is shown as its span's {@link Span#afterLastYear() afterLastYear} says (carried
 * forward, or not covered), never as zero.
 *
 * @param caseId     the case
 * @param firstYear  the first year of the case's views
 * @param lastYear   the last year of the case's views
 * @param spans      the curated evidence's span, then each dataset's, in the order the views use them
 * @param eventFiles the imported GDELT and ICEWS files with the months they cover; empty when none is imported
 */
public record CoverageResult(CaseId caseId, int firstYear, int lastYear, List<Span> spans,
        List<FileCoverage> eventFiles) {
    public CoverageResult {
        Objects.requireNonNull(caseId, "caseId");
        spans = List.copyOf(spans);
        eventFiles = List.copyOf(eventFiles);
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the years end (" + lastYear + ") before they start (" + firstYear + ")");
        }
    }

    /**
     * The years one source spans, as loaded.
     *
     * @param source        the dataset's slot (atop-5.1), or {@code case:ID} for the curated evidence
     * @param version       its version or release
     * @param basis         what its values within its years rest on: {@code observed} (a dataset's rows) or
     *                      {@code curated} (the case file's evidence, each item with its source)
     * @param firstYear     its first year with rows
     * @param lastYear      its last year with rows
     * @param gives         what the views take from it
     * @param afterLastYear how a view shows a year after {@code lastYear}: starting "carried forward" when its
     *                      values are carried (with the rule), else "not covered"
     */
    public record Span(String source, String version, String basis, int firstYear, int lastYear, String gives,
            String afterLastYear) {
        public Span {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(gives, "gives");
            Objects.requireNonNull(afterLastYear, "afterLastYear");
        }
    }
}
