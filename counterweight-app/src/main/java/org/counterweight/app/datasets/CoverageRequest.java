package org.counterweight.app.datasets;

import java.util.Objects;
import org.counterweight.app.CaseId;

/**
 * Which case's coverage to report: the years its views can show and what each dataset behind them spans.
 *
 * @param caseId the case whose curated evidence is read
 */
public record CoverageRequest(CaseId caseId) {
    public CoverageRequest {
        Objects.requireNonNull(caseId, "caseId");
    }
}
