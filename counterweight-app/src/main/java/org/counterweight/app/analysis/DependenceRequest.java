package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;

/**
 * Arms dependence over successive windows: partner shares, concentration and switches of the
 * largest partner.
 *
 * @param caseId the case whose actors' names are resolved against first
 * @param focus  whose transfers, which way, from which release
 * @param years  the earliest year a window may start and the year the last window ends; open ends are
 *               the first and last years the releases hold of the actor
 * @param window window length in years, at least 1 (SIPRI: {@value #DEFAULT_WINDOW})
 * @param step   years between the ends of windows, at least 1, or null for the window length
 *               (non-overlapping windows); 1 gives a moving window
 * @param top    partners listed per window, at least 1
 */
public record DependenceRequest(CaseId caseId, ArmsFocus focus, YearRange years, int window, Integer step, int top) {
    /** SIPRI's convention: five-year windows. */
    public static final int DEFAULT_WINDOW = ArmsRequest.DEFAULT_WINDOW;
    /** Partners listed per window by default. */
    public static final int DEFAULT_TOP = 3;

    public DependenceRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(years, "years");
        if (window < 1) {
            throw new InvalidRequestException("window", "a window is at least 1 year, got " + window);
        }
        if (step != null && step < 1) {
            throw new InvalidRequestException("step", "windows are at least 1 year apart, got " + step);
        }
        if (top < 1) {
            throw new InvalidRequestException("top", "list at least 1 partner per window, got " + top);
        }
    }

    /** The years between window ends: the step asked for, or the window length. */
    public int stepOrWindow() {
        return step != null ? step : window;
    }
}
