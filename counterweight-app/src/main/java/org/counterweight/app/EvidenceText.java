package org.counterweight.app;

import org.counterweight.core.model.Evidence;

/** How evidence reads in a table cell: its exact quote, or its locator where nothing is quoted. */
public final class EvidenceText {
    private EvidenceText() {
    }

    /** The quote, or the locator (page, table, row) when the source cannot be quoted. */
    public static String of(Evidence evidence) {
        return evidence.quote() != null ? evidence.quote() : evidence.locator();
    }
}
