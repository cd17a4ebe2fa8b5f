package org.counterweight.store.events;

import java.util.Objects;
import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.OneADay;

/**
 * One stored event with the import it came from: what an aggregate row is traced to (its file, line
 * and SOURCEURL are the event's).
 *
 * @param event    the event as stored
 * @param importId the import's id (the first 16 hex digits of the file's SHA-256)
 */
public record StoredEvent(DumpEvent event, String importId) {
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(importId, "importId");
    }

    /** The event as the one-a-day filter sees it. */
    public OneADay.Candidate candidate() {
        return new OneADay.Candidate(event.file(), event.line(), importId, event.quadClass(), event.goldstein(),
                event.mentions());
    }
}
