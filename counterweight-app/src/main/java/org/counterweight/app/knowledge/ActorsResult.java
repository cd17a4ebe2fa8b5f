package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.core.model.Actor;

/**
 * Actors of a case, or the actors a name refers to.
 *
 * @param caseId   the case read
 * @param resolved the name that was resolved, or null for a listing
 * @param actors   the case's actors (states first, by id), with the crosswalk's states after them when
 *                 all were asked for; or the actors the name refers to, in the order it names them
 */
public record ActorsResult(CaseId caseId, String resolved, List<Actor> actors) {
    public ActorsResult {
        actors = List.copyOf(actors);
    }
}
