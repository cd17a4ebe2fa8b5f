package org.counterweight.core.model;

/**
 * A state's intergovernmental-organisation memberships in a year, by kind, from the COW IGO data v3.0
 * (Pevehouse et al. 2020, Journal of Peace Research 57(3):492-503) as counted for peacesciencer
 * ({@code cow_igo_sy}).
 *
 * @param ccode     COW state code
 * @param year      calendar year
 * @param full      IGOs in which the state is a full member
 * @param associate IGOs in which it is only an associate member
 * @param observer  IGOs in which it is only an observer
 * @param anyType   IGOs in which it has any of the three kinds of membership
 */
public record IgoMemberships(int ccode, int year, int full, int associate, int observer, int anyType) {
    public IgoMemberships {
        StateCodes.code(ccode, "ccode");
        Checks.year(year, "year");
        if (full < 0 || associate < 0 || observer < 0 || anyType < 0) {
            throw new IllegalArgumentException("membership counts must not be negative");
        }
    }
}
