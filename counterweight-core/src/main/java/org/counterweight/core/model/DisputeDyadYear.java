package org.counterweight.core.model;

/**
 * One directed dyad-year with a militarized interstate dispute, one dispute kept per dyad-year as
 * peacesciencer's {@code gml_mid_ddydisps} and {@code cow_mid_ddydisps} keep it (Gibler, Miller &
 * Little 2016, International Studies Quarterly 60(4):719-730, GML MID 2.2.1; Palmer et al. 2022,
 * Conflict Management and Peace Science 39(4):470-482, COW-MID 5.0). Dyad-years without a dispute
 * are absent from the data.
 *
 * @param dispute   dispute number
 * @param ccode1    COW code of the focal state
 * @param ccode2    COW code of the other state
 * @param year      the dispute year
 * @param onset     whether the dyad's dispute starts that year (or a state re-enters after a gap)
 * @param hostility1 state 1's hostility level, 1 no militarized action to 5 war
 * @param hostility2 state 2's hostility level
 * @param hostility the dispute's hostility level (1-5)
 * @param fatality  the dispute's fatality level (0 none to 6 more than 999 deaths; -9 unknown)
 */
public record DisputeDyadYear(int dispute, int ccode1, int ccode2, int year, boolean onset, int hostility1,
        int hostility2, int hostility, int fatality) {
    public DisputeDyadYear {
        if (dispute < 1) {
            throw new IllegalArgumentException("dispute number must be positive, got " + dispute);
        }
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        Checks.year(year, "year");
        hostilityLevel(hostility1, "hostlev1");
        hostilityLevel(hostility2, "hostlev2");
        hostilityLevel(hostility, "hostlev");
        if (fatality != -9 && (fatality < 0 || fatality > 6)) {
            throw new IllegalArgumentException("fatality must be 0-6 or -9 (unknown), got " + fatality);
        }
    }

    private static void hostilityLevel(int level, String field) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException(field + " must be a hostility level 1-5, got " + level);
        }
    }
}
