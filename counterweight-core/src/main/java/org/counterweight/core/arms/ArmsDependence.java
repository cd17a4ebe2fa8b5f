package org.counterweight.core.arms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.counterweight.core.arms.PartnerShares.Direction;
import org.counterweight.core.arms.PartnerShares.PartnerShare;
import org.counterweight.core.model.ArmsTransfer;

/**
 * A recipient's dependence on its suppliers (or a supplier's on its customers) over successive
 * windows: partner shares, their concentration, and switches of the largest partner.
 *
 * <p>Windows follow SIPRI's convention of comparing five-year periods (SIPRI Arms Transfers
 * Database, "Sources and methods"): annual deliveries fluctuate, so shares are computed over a
 * window of {@code length} years; windows advance by {@code step} years (step = length gives SIPRI's
 * non-overlapping periods, step = 1 a moving window) and are aligned to end at the last year asked.
 *
 * <p>Concentration is the Herfindahl-Hirschman index of the partner shares, HHI = sum of s_k^2 on a
 * 0-1 scale (1: a single partner; 1/k: k equal partners); multiply by 10,000 for the antitrust
 * convention. It is undefined (NaN) for a window without deliveries.
 */
public final class ArmsDependence {
    private ArmsDependence() {
    }

    /** One window: the shares, their concentration, and the largest partner. */
    public record Window(int fromYear, int toYear, PartnerShares shares, double herfindahl) {
        /** The largest partner, or null when the window has no deliveries. */
        public PartnerShare largest() {
            return shares.partners().isEmpty() || shares.totalTiv() == 0 ? null : shares.partners().get(0);
        }
    }

    /** The largest partner changed from one window to the next. */
    public record Switch(Window before, Window after) {
    }

    /** The windows in chronological order and the switches between consecutive ones. */
    public record Result(String focus, Direction direction, List<Window> windows, List<Switch> switches) {
        public Result {
            windows = List.copyOf(windows);
            switches = List.copyOf(switches);
        }
    }

    /**
     * @param transfers every transfer of the focus actor (as recipient for imports, supplier for exports)
     * @param firstYear the earliest year a window may start
     * @param lastYear  the year the last window ends
     * @param length    window length in years (SIPRI: 5)
     * @param step      years between window ends (length: non-overlapping; 1: moving)
     */
    public static Result of(Collection<ArmsTransfer> transfers, Direction direction, String focus, int firstYear,
            int lastYear, int length, int step) {
        if (length < 1 || step < 1) {
            throw new IllegalArgumentException("window length and step must be at least 1, got " + length + " and " + step);
        }
        if (lastYear - firstYear + 1 < length) {
            throw new IllegalArgumentException("the years " + firstYear + "-" + lastYear + " hold no whole window of "
                    + length + " years");
        }
        List<Window> windows = new ArrayList<>();
        for (int end = lastYear; end - length + 1 >= firstYear; end -= step) {
            PartnerShares shares = PartnerShares.of(transfers, direction, focus, t -> true, end - length + 1, end);
            windows.add(0, new Window(end - length + 1, end, shares, herfindahl(shares)));
        }
        List<Switch> switches = new ArrayList<>();
        for (int i = 1; i < windows.size(); i++) {
            PartnerShare before = windows.get(i - 1).largest();
            PartnerShare after = windows.get(i).largest();
            if (before != null && after != null && !before.partner().equals(after.partner())) {
                switches.add(new Switch(windows.get(i - 1), windows.get(i)));
            }
        }
        return new Result(focus, direction, windows, switches);
    }

    /** Herfindahl-Hirschman index of the shares (0-1), NaN without deliveries. */
    public static double herfindahl(PartnerShares shares) {
        if (!(shares.totalTiv() > 0)) {
            return Double.NaN;
        }
        double sum = 0;
        for (PartnerShare partner : shares.partners()) {
            sum += partner.share() * partner.share();
        }
        return sum;
    }
}
