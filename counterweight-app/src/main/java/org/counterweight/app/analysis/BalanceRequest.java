package org.counterweight.app.analysis;

import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.UserFile;
import org.counterweight.app.YearRange;
import org.counterweight.core.network.ObligationScope;

/**
 * Structural balance of the case's network in a year or each year of a range, or of a user's signed
 * edge lists.
 *
 * @param caseId   the case whose states form the network (ignored with {@code edges})
 * @param years    the years; an open start or end takes the other, both open take {@link #DEFAULT_YEAR}
 * @param edges    a signed edge list (from,to,sign[,weight][,group]) instead of the case, or null
 * @param group    with {@code edges}: the column that splits rows into separate networks, or null
 * @param weighted whether tie weights enter the frustration index and walk balance
 * @param carry    whether ATOP obligations and rivalries are carried past their datasets' ends
 * @param obligations which ATOP obligation types count as tie evidence (ignored with {@code edges})
 */
public record BalanceRequest(CaseId caseId, YearRange years, UserFile edges, String group, boolean weighted,
        Carry carry, ObligationScope obligations) {
    /** The year of the network when none is asked for. */
    public static final int DEFAULT_YEAR = 2021;

    /** A request that carries datasets past their ends (the present-day default). */
    public BalanceRequest(CaseId caseId, YearRange years, UserFile edges, String group, boolean weighted) {
        this(caseId, years, edges, group, weighted, Carry.FORWARD);
    }

    /** A request counting every ATOP obligation type (the default). */
    public BalanceRequest(CaseId caseId, YearRange years, UserFile edges, String group, boolean weighted,
            Carry carry) {
        this(caseId, years, edges, group, weighted, carry, ObligationScope.ALL);
    }
}
