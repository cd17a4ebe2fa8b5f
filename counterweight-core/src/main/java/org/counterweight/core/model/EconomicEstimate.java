package org.counterweight.core.model;

/**
 * Simulated GDP, population and surplus domestic product of one COW state-year (Anders, Fariss &
 * Markowitz 2020, "Bread Before Guns or Butter: Introducing Surplus Domestic Product (SDP)",
 * International Studies Quarterly 64(2):392-405), as peacesciencer stores them: each value is the
 * natural log of (x + 1), rounded to 3 decimals, so the level is {@code exp(v) - 1}. A null value is
 * one the estimates do not give.
 *
 * @param ccode          COW state code
 * @param year           calendar year
 * @param lnGdp          ln(GDP + 1), GDP in 2011 US dollars at purchasing-power parity ({@code wbgdp2011est})
 * @param lnPopulation   ln(population + 1), persons ({@code wbpopest})
 * @param lnSurplus      ln(surplus domestic product + 1) ({@code sdpest}); 0 means no surplus
 * @param lnGdpPerPerson ln(GDP per person + 1) ({@code wbgdppc2011est})
 */
public record EconomicEstimate(int ccode, int year, Double lnGdp, Double lnPopulation, Double lnSurplus,
        Double lnGdpPerPerson) {
    public EconomicEstimate {
        StateCodes.code(ccode, "ccode");
        Checks.year(year, "year");
        for (Double value : new Double[] {lnGdp, lnPopulation, lnSurplus, lnGdpPerPerson}) {
            if (value != null) {
                Checks.nonNegative(value, "a log of (x + 1) of a non-negative amount");
            }
        }
    }

    /** The level a stored value stands for: {@code exp(v) - 1}. */
    public static double level(double lnPlusOne) {
        return Math.expm1(lnPlusOne);
    }
}
