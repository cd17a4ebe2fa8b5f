package org.counterweight.cli;

import org.counterweight.core.model.Evidence;

/** How evidence is shown in a cell: the quote, or the locator where there is none. */
final class Evidences {
    private Evidences() {
    }

    static String words(Evidence evidence) {
        return evidence.quote() != null ? evidence.quote() : evidence.locator();
    }
}
