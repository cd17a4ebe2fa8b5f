package org.counterweight.core.model;

/**
 * Democracy scores of one COW state-year, as peacesciencer's {@code ccode_democracy} joins them
 * (Miller 2022, Conflict Management and Peace Science 39(6)): V-Dem v10's electoral democracy index
 * (Coppedge et al. 2020, "V-Dem Codebook v10"), Polity IV 2017's {@code polity2} (Marshall, Gurr &
 * Jaggers 2017) and Marquez's extended Unified Democracy Score (Marquez 2016, SSRN 2753830; Pemstein,
 * Meserve & Melton 2010, Political Analysis 18(4)). A null score is one its source does not code.
 *
 * @param ccode       COW state code
 * @param year        calendar year
 * @param polyarchy   V-Dem {@code v2x_polyarchy} in [0, 1], or null
 * @param polity2     Polity {@code polity2} in [-10, 10] (-9 is a real score here), or null
 * @param udsEstimate Marquez's {@code xm_qudsest} (mean about 0, higher is more democratic), or null
 */
public record StateDemocracy(int ccode, int year, Double polyarchy, Double polity2, Double udsEstimate) {
    public StateDemocracy {
        StateCodes.code(ccode, "ccode");
        Checks.year(year, "year");
        if (polyarchy != null && !(polyarchy >= 0 && polyarchy <= 1)) {
            throw new IllegalArgumentException("v2x_polyarchy must be in [0, 1], got " + polyarchy);
        }
        if (polity2 != null && !(polity2 >= -10 && polity2 <= 10)) {
            throw new IllegalArgumentException("polity2 must be in [-10, 10], got " + polity2);
        }
        if (udsEstimate != null) {
            Checks.finite(udsEstimate, "xm_qudsest");
        }
    }
}
