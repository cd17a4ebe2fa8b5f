package org.counterweight.core.model;

import java.util.List;

/**
 * A curated naming of a COW state code, over some of its years or all of them: what the state lists
 * leave implicit. COW keeps code 365 from 1816 as "Russia", but from 1922 to 1991 it is the Soviet
 * Union; it keeps 345 as "Yugoslavia" after 2006, when the Gleditsch-Ward list calls it Serbia; and
 * some historical states need an id of their own (COW's abbreviation of Czechoslovakia, CZE, is ISO's
 * code of Czechia). Each row carries its source.
 *
 * @param cowCode      the COW state code named
 * @param id           the actor id of the state under this name (an ISO 3166 alpha-3 code where there is one)
 * @param name         the display name
 * @param abbreviation the short code shown beside the name ("SUN"; COW's own where it fits)
 * @param firstYear    the first year of the naming, or null for the code's first year in the COW list
 * @param lastYear     the last year, or null for the code's last (still a member at the list's end)
 * @param gwCode       the Gleditsch-Ward code of the state under this name, or null to take it from the G-W list
 * @param aliases      other names people use for it ("USSR", "West Germany")
 * @param successors   COW codes of the states that took its place when it ended, for messages only
 * @param source       where the naming, years and aliases come from: a locator or a verbatim quote
 */
public record StateNamePeriod(int cowCode, String id, String name, String abbreviation, Integer firstYear,
        Integer lastYear, Integer gwCode, List<String> aliases, List<Integer> successors, String source) {

    public StateNamePeriod {
        StateCodes.code(cowCode, "ccode");
        id = Checks.actorId(id, "id");
        name = Checks.text(name, "name");
        abbreviation = Checks.text(abbreviation, "abbreviation");
        if (firstYear != null) {
            Checks.year(firstYear, "first_year");
        }
        if (lastYear != null) {
            Checks.year(lastYear, "last_year");
        }
        if (firstYear != null && lastYear != null) {
            StateCodes.ordered(firstYear, lastYear, "first_year", "last_year");
        }
        StateCodes.optionalCode(gwCode, "gwcode");
        aliases = Checks.list(aliases, "aliases").stream().map(a -> Checks.text(a, "alias")).toList();
        successors = Checks.list(successors, "successors");
        successors.forEach(code -> StateCodes.code(code, "successors"));
        source = Checks.text(source, "source");
    }

    /** Whether the naming covers every year of its code (it renames or re-identifies the whole state). */
    public boolean wholeCode() {
        return firstYear == null && lastYear == null;
    }
}
