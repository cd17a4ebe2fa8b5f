package org.counterweight.io.events;

import org.counterweight.core.events.DumpEvent;
import org.counterweight.core.events.DumpMention;

/** Receives what a reader finds in an event dump, line by line. */
public interface EventSink {
    void event(DumpEvent event);

    void mention(DumpMention mention);

    /** A line left out, with why. */
    void erratum(EventErratum erratum);

    /** A defect in a line that was kept (a padded or blank actor code, an unmapped country name). */
    void defect(EventDefect defect);
}
