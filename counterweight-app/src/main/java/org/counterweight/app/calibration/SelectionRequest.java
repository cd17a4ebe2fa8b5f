package org.counterweight.app.calibration;

import java.util.List;
import java.util.Objects;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.core.network.ObligationScope;

/**
 * A selection of each state's military expenditure specification by its out-of-sample record
 * ({@link SelectionService}).
 *
 * @param caseId  the case whose states form the system
 * @param years   the window; an open start is {@value CalibrationRequest#DEFAULT_FROM}, an open end SIPRI's last year
 * @param draws   admissible parameter draws wanted per state, {@value CalibrationRequest#MIN_DRAWS}-{@value
 *                CalibrationRequest#MAX_DRAWS}
 * @param seed    the base seed of every state's draw stream
 * @param without states left out of the system (a sensitivity check), as given (ids, codes or names)
 * @param carry   whether the alignment path carries ATOP obligations and rivalries past their datasets' ends
 * @param obligations which ATOP obligation types the alignment path counts as ties ({@link ObligationScope})
 */
public record SelectionRequest(CaseId caseId, YearRange years, int draws, long seed, List<String> without,
        Carry carry, ObligationScope obligations) {
    public SelectionRequest {
        Objects.requireNonNull(caseId, "case");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(carry, "carry");
        Objects.requireNonNull(obligations, "obligations");
        if (draws < CalibrationRequest.MIN_DRAWS || draws > CalibrationRequest.MAX_DRAWS) {
            throw new InvalidRequestException("draws", "draws must be " + CalibrationRequest.MIN_DRAWS + "-"
                    + CalibrationRequest.MAX_DRAWS + ", got " + draws);
        }
        without = List.copyOf(without);
    }

    /** The default selection of a case: {@value CalibrationRequest#DEFAULT_FROM} to SIPRI's last year, carried ties. */
    public static SelectionRequest of(CaseId caseId, int draws, long seed) {
        return of(caseId, draws, seed, ObligationScope.ALL);
    }

    /** The default selection of a case with ATOP obligations counted as ties under {@code obligations}. */
    public static SelectionRequest of(CaseId caseId, int draws, long seed, ObligationScope obligations) {
        return new SelectionRequest(caseId, YearRange.open(), draws, seed, List.of(), Carry.FORWARD, obligations);
    }
}
