package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;

/**
 * What the strategic system of a case looks like in a year.
 *
 * @param caseId the case
 * @param year   the year (1816, when the COW state system starts, to 2100), or null for the last year of
 *               SIPRI's military expenditure (NMC's last year when none is loaded)
 */
public record OverviewRequest(CaseId caseId, Integer year) {
    public OverviewRequest {
        Objects.requireNonNull(caseId, "caseId");
        Years.requireInSystem(year, "year");
    }
}
