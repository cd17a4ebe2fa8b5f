package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.YearRange;
import org.counterweight.core.network.ObligationScope;

/**
 * The case's signed network over one year or several, for Gephi and yEd.
 *
 * @param caseId the case whose states form the network
 * @param years  the years; an open end takes the other, both open take {@link BalanceRequest#DEFAULT_YEAR}
 * @param carry  whether ATOP obligations and rivalries are carried past their datasets' ends
 * @param obligations which ATOP obligation types count as tie evidence
 */
public record NetworkRequest(CaseId caseId, YearRange years, Carry carry, ObligationScope obligations) {
    public NetworkRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(carry, "carry");
        Objects.requireNonNull(obligations, "obligations");
    }

    /** A request counting every ATOP obligation type (the default). */
    public NetworkRequest(CaseId caseId, YearRange years, Carry carry) {
        this(caseId, years, carry, ObligationScope.ALL);
    }
}
