package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A state's capital over a span of dates with its coordinates (Miller's capitals for peacesciencer,
 * geocoded with OpenStreetMap; or a curated correction naming its source), for capital-to-capital
 * distances.
 *
 * @param ccode     COW state code
 * @param capital   the city
 * @param start     first day it is the capital
 * @param end       last day
 * @param latitude  decimal degrees, WGS84, in [-90, 90]
 * @param longitude decimal degrees, in [-180, 180]
 * @param source    where the spell and its coordinates come from
 * @param quote     the source's words behind a correction, or null
 */
public record CapitalSpell(int ccode, String capital, LocalDate start, LocalDate end, double latitude,
        double longitude, String source, String quote) {
    public CapitalSpell {
        StateCodes.code(ccode, "ccode");
        capital = Checks.text(capital, "capital");
        Objects.requireNonNull(start, "start date is required");
        Objects.requireNonNull(end, "end date is required");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end date " + end + " is before start date " + start);
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90], got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180], got " + longitude);
        }
        source = Checks.text(source, "source");
        quote = Checks.optionalText(quote);
    }
}
