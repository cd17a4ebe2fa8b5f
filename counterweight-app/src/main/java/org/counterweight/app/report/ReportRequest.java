package org.counterweight.app.report;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;

/**
 * The analyst's report of a case in a year.
 *
 * @param caseId the case (the report is written for {@link #CASE}: its dyads, pairs and scenarios)
 * @param year   the year of the network, balance and landscape, {@value #FIRST_YEAR}-{@value #LAST_YEAR}
 * @param runs   Monte Carlo runs per scenario (open: {@value #DEFAULT_RUNS}), seed (open: 1), threads
 */
public record ReportRequest(CaseId caseId, int year, RunSettings runs) {
    /** The case the report's sections are written for. */
    public static final CaseId CASE = CaseId.SOUTH_ASIA;
    /** The first year every section has data for. */
    public static final int FIRST_YEAR = 1990;
    /** The last year the report may be asked for (SIPRI military expenditure's last). */
    public static final int LAST_YEAR = 2023;
    /** The default year. */
    public static final int DEFAULT_YEAR = 2023;
    /** Monte Carlo runs per scenario by default. */
    public static final int DEFAULT_RUNS = 1000;
    /** The seed by default. */
    public static final long DEFAULT_SEED = 1;

    public ReportRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(runs, "runs");
        if (!caseId.equals(CASE)) {
            throw new InvalidRequestException("case", "the report is written for the " + CASE + " case (its dyads,"
                    + " arms recipients and scenarios); got " + caseId);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException("year", "the report's year must lie in " + FIRST_YEAR + "-" + LAST_YEAR
                    + " (the years every section has data for), got " + year);
        }
    }

    public int runCount() {
        return runs.runsOr(DEFAULT_RUNS);
    }

    public long seed() {
        return runs.seedOr(DEFAULT_SEED);
    }
}
