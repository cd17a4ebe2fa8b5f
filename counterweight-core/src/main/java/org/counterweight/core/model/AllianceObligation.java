package org.counterweight.core.model;

/**
 * The alliance obligations one state holds toward another in one year, from the directed dyad-year
 * file of the Alliance Treaty Obligations and Provisions project (Leeds, Ritter, Mitchell &amp; Long
 * 2002, "Alliance Treaty Obligations and Provisions, 1815-1944", <i>International Interactions</i>
 * 28:237-60; ATOP v5.1). Directed: obligations may be asymmetric, so (a,b) and (b,a) can differ.
 * A dyad-year absent from the file has no ATOP obligation at all.
 *
 * @param version       ATOP release ("5.1")
 * @param ccode1        COW code of the state that holds the obligation
 * @param ccode2        COW code of the state it is obliged toward
 * @param year          calendar year
 * @param defense       promises active military support if the partner is attacked
 * @param offense       promises active military support in an offensive war
 * @param neutral       promises neutrality if the partner is in a war
 * @param nonaggression promises not to attack the partner
 * @param consultation  promises to consult in a crisis
 */
public record AllianceObligation(String version, int ccode1, int ccode2, int year, boolean defense,
        boolean offense, boolean neutral, boolean nonaggression, boolean consultation) {

    public AllianceObligation {
        version = Checks.text(version, "version");
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        Checks.year(year, "year");
    }

    /** Whether any of the five obligations holds. */
    public boolean any() {
        return defense || offense || neutral || nonaggression || consultation;
    }
}
