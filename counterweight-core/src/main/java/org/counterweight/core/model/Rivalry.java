package org.counterweight.core.model;

import java.util.List;

/**
 * A strategic rivalry: two states that regard each other as competitors, sources of threat and
 * enemies. From Thompson &amp; Dreyer (2012), <i>Handbook of International Rivalries, 1494-2010</i>,
 * CQ Press (as distributed by the R package peacesciencer).
 *
 * @param number    Thompson-Dreyer rivalry number
 * @param name      rivalry name ("India-Pakistan"); numbered when a dyad had several ("China-United States 2")
 * @param ccode1    COW code of the first state
 * @param ccode2    COW code of the second state
 * @param startYear first year of the rivalry
 * @param endYear   last year (2010 when ongoing at the end of coverage)
 * @param region    Thompson-Dreyer region label ("South Asia", "European GPs")
 * @param types     the rivalry's types, in the dataset's order; at least one
 */
public record Rivalry(int number, String name, int ccode1, int ccode2, int startYear, int endYear,
        String region, List<RivalryType> types) {

    public Rivalry {
        if (number < 1) {
            throw new IllegalArgumentException("rivalry number must be positive, got " + number);
        }
        name = Checks.text(name, "name");
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        Checks.year(startYear, "start year");
        Checks.year(endYear, "end year");
        StateCodes.ordered(startYear, endYear, "start year", "end year");
        region = Checks.text(region, "region");
        types = Checks.nonEmptyList(types, "types");
    }

    /** Whether the rivalry was ongoing in {@code year}. */
    public boolean activeIn(int year) {
        return year >= startYear && year <= endYear;
    }
}
