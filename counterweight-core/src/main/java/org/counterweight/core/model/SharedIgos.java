package org.counterweight.core.model;

/**
 * The number of intergovernmental organisations in which both states of a non-directed dyad are full
 * members in a year, from the COW IGO data v3.0 (Pevehouse et al. 2020, Journal of Peace Research
 * 57(3):492-503) as counted for peacesciencer ({@code cow_igo_ndy}).
 *
 * @param ccode1 the lower COW code
 * @param ccode2 the higher COW code
 * @param year   calendar year
 * @param count  shared full memberships, 0 or more
 */
public record SharedIgos(int ccode1, int ccode2, int year, int count) {
    public SharedIgos {
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        if (ccode1 >= ccode2) {
            throw new IllegalArgumentException("ccode1 must be less than ccode2, got " + ccode1 + " and " + ccode2);
        }
        Checks.year(year, "year");
        if (count < 0) {
            throw new IllegalArgumentException("dyadigos must not be negative, got " + count);
        }
    }
}
