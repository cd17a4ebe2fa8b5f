package org.counterweight.app.ingest;

import java.util.List;
import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;

/**
 * Train the extraction model on annotated development articles.
 *
 * @param caseId the case whose actors and agreements the rules look for
 * @param sets   the development sets (never a blind one)
 * @param folds  folds of the cross-fitted calibration (at least 2)
 * @param seed   the seed of the shuffles
 */
public record ExtractionTrainingRequest(CaseId caseId, List<GoldSet> sets, int folds, long seed) {
    public ExtractionTrainingRequest {
        Objects.requireNonNull(caseId, "caseId");
        sets = List.copyOf(sets);
        if (sets.isEmpty()) {
            throw new InvalidRequestException("gold", "name at least one folder of development articles");
        }
        if (folds < 2) {
            throw new InvalidRequestException("folds", "folds must be at least 2, got " + folds);
        }
    }
}
