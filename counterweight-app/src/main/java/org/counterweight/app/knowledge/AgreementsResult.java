package org.counterweight.app.knowledge;

import java.util.List;
import java.util.Optional;
import org.counterweight.app.CaseId;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.Evidence;

/**
 * A case's agreements by their first date, each with the evidence its dates were taken from.
 *
 * @param caseId     the case read
 * @param agreements the agreements, ordered by first date (announced, else signed), then id
 */
public record AgreementsResult(CaseId caseId, List<DatedAgreement> agreements) {
    public AgreementsResult {
        agreements = List.copyOf(agreements);
    }

    /**
     * An agreement with where its dates come from and what an analysts' article says of it.
     *
     * @param agreement the agreement as curated
     * @param dated     the first evidence that is not an article (a treaty text, a government release),
     *                  or the first evidence when all are articles
     * @param article   the first evidence from an article, if any
     */
    public record DatedAgreement(Agreement agreement, Evidence dated, Optional<Evidence> article) {
    }
}
