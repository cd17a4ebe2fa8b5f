package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.core.model.Relation;

/**
 * Curated relations of a case in case-file order, each with its evidence.
 *
 * @param caseId    the case read
 * @param relations the relations asked for
 */
public record RelationsResult(CaseId caseId, List<Relation> relations) {
    public RelationsResult {
        relations = List.copyOf(relations);
    }
}
