package org.counterweight.core.model;

import java.util.Objects;

/**
 * What one SIPRI arms-transfer release holds in full: every delivery to one recipient (SIPRI's "TIV
 * of arms imports to X" table, or a recipient of the bundled extract) or from one supplier ("TIV of
 * arms exports from X") over a span of years. Within it, a supplier-recipient-year without a transfer
 * had no deliveries (SIPRI's empty cell); outside it the release does not say. Imports of several
 * releases are merged by these declarations: each supplier-recipient-year is read from the newest
 * release that covers its recipient or its supplier in that year.
 *
 * @param release   the SIPRI release ("2024")
 * @param side      whether the release holds the country's imports or its exports
 * @param country   SIPRI's name of the country; names ending in '*' are non-state actors
 * @param cowCode   its COW code, or null where none is known
 * @param firstYear first year covered
 * @param lastYear  last year covered
 */
public record ArmsCoverage(String release, Side side, String country, Integer cowCode, int firstYear, int lastYear) {

    /** The side of the country's trade the release holds in full. */
    public enum Side {
        /** Every delivery to the country. */
        RECIPIENT,
        /** Every delivery from the country. */
        SUPPLIER
    }

    public ArmsCoverage {
        release = Checks.text(release, "release");
        Objects.requireNonNull(side, "side");
        country = Checks.text(country, "country");
        StateCodes.optionalCode(cowCode, "COW code");
        Checks.year(firstYear, "first year");
        Checks.year(lastYear, "last year");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("coverage ends (" + lastYear + ") before it starts (" + firstYear + ")");
        }
    }

    /** Whether the release holds this side of the state with COW code {@code cow} (never a non-state actor's). */
    public boolean holds(Side side, int cow) {
        return this.side == side && cowCode != null && cowCode == cow && !country.endsWith("*");
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
