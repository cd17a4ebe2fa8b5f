package org.counterweight.app.calibration;

import java.util.List;
import java.util.Objects;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.core.network.ObligationScope;

/**
 * A calibration of the case's arms equations to SIPRI military expenditure.
 *
 * @param caseId         the case whose states form the system
 * @param years          the window; an open start is {@value #DEFAULT_FROM}, an open end SIPRI's last year
 * @param split          the last year of the backtest's fitting window
 * @param bootstrapDraws pairs-bootstrap draws per actor, {@value #MIN_DRAWS}-{@value #MAX_DRAWS}
 * @param seed           the base seed of every actor's bootstrap stream
 * @param without        states left out of the system (a sensitivity check), as given (ids, codes or names)
 * @param carry          whether the alignment path carries ATOP obligations and rivalries past their datasets'
 *                       ends (otherwise the threat after them rests on curated ties alone)
 * @param obligations    which ATOP obligation types the alignment path counts as ties ({@link ObligationScope})
 */
public record CalibrationRequest(CaseId caseId, YearRange years, int split, int bootstrapDraws, long seed,
        List<String> without, Carry carry, ObligationScope obligations) {
    /** The window's first year when none is asked for. */
    public static final int DEFAULT_FROM = 1990;
    /** The backtest split when none is asked for. */
    public static final int DEFAULT_SPLIT = 2012;
    /** Bootstrap draws when none are asked for. */
    public static final int DEFAULT_DRAWS = 999;
    /** The seed when none is asked for. */
    public static final long DEFAULT_SEED = 1;
    /** Fewest bootstrap draws (percentile intervals need two). */
    public static final int MIN_DRAWS = 2;
    /** Most bootstrap draws. */
    public static final int MAX_DRAWS = 100_000;

    public CalibrationRequest {
        Objects.requireNonNull(caseId, "case");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(obligations, "obligations");
        if (bootstrapDraws < MIN_DRAWS || bootstrapDraws > MAX_DRAWS) {
            throw new InvalidRequestException("bootstrap", "bootstrap draws must be " + MIN_DRAWS + "-" + MAX_DRAWS
                    + ", got " + bootstrapDraws);
        }
        without = List.copyOf(without);
    }

    /** The default calibration of a case: {@value #DEFAULT_FROM} to SIPRI's last year, with these draws and seed. */
    public static CalibrationRequest of(CaseId caseId, int bootstrapDraws, long seed) {
        return new CalibrationRequest(caseId, YearRange.open(), DEFAULT_SPLIT, bootstrapDraws, seed, List.of(),
                Carry.FORWARD, ObligationScope.ALL);
    }
}
