package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.YearRange;

/**
 * Arms transfers to a recipient or from a supplier over one window, by partner.
 *
 * @param caseId the case whose actors' names are resolved against first
 * @param focus  whose transfers, which way, from which release
 * @param years  the window; an open end is the last year the releases hold of the actor, an open start five
 *               years before the end
 */
public record ArmsRequest(CaseId caseId, ArmsFocus focus, YearRange years) {
    /** The window's length when its start is open: SIPRI's five-year convention. */
    public static final int DEFAULT_WINDOW = 5;

    public ArmsRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(years, "years");
    }
}
