package org.counterweight.core.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One country-year of the SIPRI Military Expenditure Database.
 *
 * @param release           the SIPRI release ("2024")
 * @param country           SIPRI's country name
 * @param cowCode           COW code when known, else null
 * @param year              calendar year
 * @param constantUsdMillions expenditure in US$ million at constant prices of {@code priceBaseYear}
 * @param constantStatus    why a constant-dollar figure is present or absent
 * @param shareOfGdp        expenditure as a fraction of GDP (0.0244 = 2.44%)
 * @param shareStatus       why a share is present or absent
 */
public record MilitaryExpenditure(String release, String country, Integer cowCode, int year, int priceBaseYear,
        OptionalDouble constantUsdMillions, ValueStatus constantStatus, OptionalDouble shareOfGdp,
        ValueStatus shareStatus) {

    public MilitaryExpenditure {
        release = Checks.text(release, "release");
        country = Checks.text(country, "country");
        Checks.year(year, "year");
        Checks.year(priceBaseYear, "price base year");
        Objects.requireNonNull(constantUsdMillions, "constant US$ must be OptionalDouble");
        Objects.requireNonNull(shareOfGdp, "share of GDP must be OptionalDouble");
        requireConsistent(constantUsdMillions, constantStatus, "constant US$");
        requireConsistent(shareOfGdp, shareStatus, "share of GDP");
    }

    private static void requireConsistent(OptionalDouble value, ValueStatus status, String field) {
        Objects.requireNonNull(status, field + " status is required");
        if (value.isPresent() != (status == ValueStatus.VALUE)) {
            throw new IllegalArgumentException(field + ": status " + status + " does not match "
                    + (value.isPresent() ? "a value" : "an empty cell"));
        }
        if (value.isPresent()) {
            Checks.nonNegative(value.getAsDouble(), field);
        }
    }
}
