package org.counterweight.core.model;

/**
 * The minimum distance between two COW states' borders on 1 January of each year of a run of years in
 * which it stays the same, from CShapes 2.0 (Schvitz et al. 2022, Journal of Conflict Resolution
 * 66(1):144-161) as computed for peacesciencer ({@code cow_mindist}, non-directed, ccode1 &lt; ccode2).
 *
 * @param ccode1     the lower COW code
 * @param ccode2     the higher COW code
 * @param firstYear  first year of the run
 * @param lastYear   last year of the run
 * @param kilometres the distance in km; 0 when the borders touch
 */
public record MinimumDistanceSpell(int ccode1, int ccode2, int firstYear, int lastYear, double kilometres) {
    public MinimumDistanceSpell {
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        if (ccode1 >= ccode2) {
            throw new IllegalArgumentException("ccode1 must be less than ccode2, got " + ccode1 + " and " + ccode2);
        }
        Checks.year(firstYear, "first_year");
        Checks.year(lastYear, "last_year");
        StateCodes.ordered(firstYear, lastYear, "first_year", "last_year");
        Checks.nonNegative(kilometres, "mindist");
    }
}
