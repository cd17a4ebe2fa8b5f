package org.counterweight.app.knowledge;

import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.core.model.Event;

/**
 * CAMEO-coded events of a case by date, each with its Goldstein value and evidence.
 *
 * @param caseId the case read
 * @param events the events asked for
 */
public record EventsResult(CaseId caseId, List<Event> events) {
    public EventsResult {
        events = List.copyOf(events);
    }
}
