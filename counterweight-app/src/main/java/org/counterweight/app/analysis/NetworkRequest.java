package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.YearRange;

/**
 * The case's signed network over one year or several, for Gephi and yEd.
 *
 * @param caseId the case whose states form the network
 * @param years  the years; an open end takes the other, both open take {@link BalanceRequest#DEFAULT_YEAR}
 * @param carry  whether ATOP obligations and rivalries are carried past their datasets' ends
 */
public record NetworkRequest(CaseId caseId, YearRange years, Carry carry) {
    public NetworkRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(carry, "carry");
    }
}
