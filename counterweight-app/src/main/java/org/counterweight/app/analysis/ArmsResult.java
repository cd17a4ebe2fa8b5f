package org.counterweight.app.analysis;

import java.util.OptionalDouble;
import org.counterweight.app.Rounding;
import org.counterweight.core.arms.PartnerShares;
import org.counterweight.core.model.Actor;

/**
 * An actor's arms imports by supplier, or exports by recipient, over one window.
 *
 * @param actor       the recipient or supplier
 * @param cowCode     its COW code (365: the Soviet Union to 1991 and Russia from 1992 in SIPRI's series)
 * @param record      which SIPRI release holds the actor's record in each year of the window
 * @param shares      TIV by partner over the window, largest first, from the transfers loaded (each
 *                    partner names the releases of its transfers)
 * @param exportTotal for exports, the supplier's exports to all recipients over the window where the
 *                    releases say (a release covering the supplier, or SIPRI's own yearly totals, which
 *                    include recipients outside the loaded extract); empty where they say neither
 */
public record ArmsResult(Actor actor, int cowCode, ArmsRecord record, PartnerShares shares,
        OptionalDouble exportTotal) {
    public boolean imports() {
        return shares.direction() == PartnerShares.Direction.IMPORTS;
    }

    /** The TIV shares are taken of: SIPRI's export total where it exceeds the deliveries loaded, else their sum. */
    public double total() {
        return exportTotal.isPresent() && exportTotal.getAsDouble() > shares.totalTiv() ? exportTotal.getAsDouble()
                : shares.totalTiv();
    }

    /** TIV delivered to recipients outside the loaded data (0 for imports and where SIPRI gives no total). */
    public double others() {
        return total() - shares.totalTiv();
    }

    /** {@code tiv} as a percentage of {@link #total()}, to 2 decimals; null when nothing was delivered. */
    public Double sharePct(double tiv) {
        return total() > 0 ? Rounding.round(100 * tiv / total(), 2) : null;
    }
}
