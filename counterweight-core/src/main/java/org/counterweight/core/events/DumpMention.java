package org.counterweight.core.events;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One mention of a GDELT 2.0 event in one document (the 16-column mentions table): which event, when
 * the event happened and when the document mentioned it, the source and the document's identifier
 * (a URL for web documents).
 *
 * @param eventId      GLOBALEVENTID of the event mentioned
 * @param eventTime    EventTimeDate (the 15-minute slot in which the event was first seen)
 * @param mentionTime  MentionTimeDate
 * @param mentionType  MentionType (1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual)
 * @param sourceName   MentionSourceName
 * @param identifier   MentionIdentifier (the URL for web documents)
 * @param confidence   Confidence, 10-100 (per cent)
 * @param file         the file's name
 * @param line         the 1-based line
 */
public record DumpMention(String eventId, LocalDateTime eventTime, LocalDateTime mentionTime, int mentionType,
        String sourceName, String identifier, int confidence, String file, long line) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DumpMention {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(mentionTime, "mentionTime");
    }
}
