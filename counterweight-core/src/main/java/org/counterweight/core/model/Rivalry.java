package org.counterweight.core.model;

import java.util.List;

/**
 * A strategic rivalry: two states that regard each other as competitors, sources of threat and
 * enemies. From Thompson &amp; Dreyer (2012), <i>Handbook of International Rivalries, 1494-2010</i>,
 * CQ Press, or its update, Thompson, Sakuwa &amp; Suhas (2021), <i>Analyzing Strategic Rivalries in
 * World Politics</i>, Springer (both as distributed by the R package peacesciencer).
 *
 * @param number    the dataset's rivalry number
 * @param name      rivalry name ("India-Pakistan"); numbered when a dyad had several ("China-United States 2")
 * @param ccode1    COW code of the first state
 * @param ccode2    COW code of the second state
 * @param startYear first year of the rivalry
 * @param endYear   last year (the dataset's last year, 2010 or 2020, when ongoing at the end of its coverage)
 * @param region    Thompson-Dreyer region label ("South Asia", "European GPs"); null where the dataset has none
 * @param types     the rivalry's types, in the dataset's order; Thompson-Dreyer give at least one, Thompson,
 *                  Sakuwa &amp; Suhas none for one rivalry (France-Netherlands, 1668-1713)
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
        region = Checks.optionalText(region);
        types = Checks.list(types, "types");
    }

    /** Whether the rivalry was ongoing in {@code year}. */
    public boolean activeIn(int year) {
        return year >= startYear && year <= endYear;
    }
}
