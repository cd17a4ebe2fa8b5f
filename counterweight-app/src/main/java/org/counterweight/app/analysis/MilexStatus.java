package org.counterweight.app.analysis;

import java.util.Optional;
import org.counterweight.core.model.DatasetCoverage;
import org.counterweight.core.model.Labels;
import org.counterweight.core.model.ValueStatus;

/**
 * Why a SIPRI military expenditure cell holds a figure or not: SIPRI's own statuses, and whether a
 * state without a row is outside the loaded extract or outside the release's years.
 */
public enum MilexStatus {
    /** A published figure (it may be 0). */
    VALUE,
    /** SIPRI covers the cell but publishes no figure ("..."). */
    MISSING,
    /** Not an independent state then (SIPRI "xxx"). */
    NOT_INDEPENDENT,
    /** The release covers the year but the loaded extract has no row for the state: import the full database. */
    NOT_IN_EXTRACT,
    /** Outside the release's years, or no release loaded. */
    NOT_COVERED;

    /** The status of a row SIPRI publishes. */
    public static MilexStatus of(ValueStatus status) {
        return valueOf(status.name());
    }

    /** The status of a state-year without a row. */
    public static MilexStatus absent(Optional<DatasetCoverage> release, int year) {
        return release.isPresent() && release.get().covers(year) ? NOT_IN_EXTRACT : NOT_COVERED;
    }

    /** As tables print it: "not-in-extract". */
    public String label() {
        return Labels.label(this);
    }
}
