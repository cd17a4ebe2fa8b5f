package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UserFile;
import org.counterweight.core.network.ObligationScope;

/**
 * The alignment landscape of the case's states in a year, or of a user's sizes and propensities.
 *
 * @param caseId       the case whose states form the landscape (ignored with files)
 * @param year         the year (1816-2100), or null for NMC's last year (ignored with files)
 * @param sizes        a file of sizes {@code actor,size}, or null for the case; given with {@code propensities}
 * @param propensities a square propensity matrix (actor names in the header row and first column), or null
 * @param centre       subtracted from every file propensity (Axelrod &amp; Furnas centre their 1-5 scale with 3)
 * @param minima       how many local minima to list, at least 1
 * @param starts       starts of the multi-start descent used beyond the exact limit, at least 1
 * @param seed         seed of the multi-start descent
 * @param carry        whether the case's ties carry ATOP obligations and rivalries past their datasets' ends
 * @param obligations  which ATOP obligation types count as ties of the case ({@link ObligationScope})
 */
public record LandscapeRequest(CaseId caseId, Integer year, UserFile sizes, UserFile propensities, double centre,
        int minima, int starts, long seed, Carry carry, ObligationScope obligations) {
    /** Local minima listed by default. */
    public static final int DEFAULT_MINIMA = 10;
    /** Starts of the multi-start descent by default. */
    public static final int DEFAULT_STARTS = 2000;
    /** Seed of the multi-start descent by default. */
    public static final long DEFAULT_SEED = 1;

    public LandscapeRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(obligations, "obligations");
        Years.requireInSystem(year, "year");
        if ((sizes == null) != (propensities == null)) {
            throw new InvalidRequestException(sizes == null ? "sizes" : "propensities",
                    "give both the sizes and the propensities, or neither (the case's states)");
        }
        if (!Double.isFinite(centre)) {
            throw new InvalidRequestException("centre", "the centre must be a finite number, got " + centre);
        }
        if (minima < 1) {
            throw new InvalidRequestException("minima", "list at least 1 minimum, got " + minima);
        }
        if (starts < 1) {
            throw new InvalidRequestException("starts", "the descent needs at least 1 start, got " + starts);
        }
    }

    /** The landscape of the case's states in a year (null: NMC's last), with the default listing and search. */
    public static LandscapeRequest ofCase(CaseId caseId, Integer year) {
        return new LandscapeRequest(caseId, year, null, null, 0, DEFAULT_MINIMA, DEFAULT_STARTS, DEFAULT_SEED,
                Carry.FORWARD, ObligationScope.ALL);
    }
}
