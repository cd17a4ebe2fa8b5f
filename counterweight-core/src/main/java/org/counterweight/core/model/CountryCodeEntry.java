package org.counterweight.core.model;

/**
 * One country of the static code list of the R package countrycode (Arel-Bundock, Enevoldsen &amp;
 * Yetman 2018, "countrycode: An R package to convert country names and country codes",
 * <i>Journal of Open Source Software</i> 3(28):848; version 1.8.0). Codes are null where the code
 * system has none for the country (territories have no COW code, for instance).
 *
 * @param name          English short name ({@code country.name.en})
 * @param isoName       ISO 3166 English name, or null
 * @param cowName       COW state name, or null
 * @param iso2          ISO 3166-1 alpha-2, or null
 * @param iso3          ISO 3166-1 alpha-3, or null
 * @param isoNumeric    ISO 3166-1 numeric, or null
 * @param cowAbb        COW abbreviation, or null
 * @param cowCode       COW numeric code, or null
 * @param gwAbb         Gleditsch-Ward abbreviation, or null
 * @param gwCode        Gleditsch-Ward numeric code, or null
 * @param fips          FIPS 10-4 code (used in GDELT geography), or null
 * @param region        World Bank region, or null
 * @param continent     continent, or null
 * @param unRegion      UN M49 region, or null
 * @param unSubregion   UN M49 sub-region, or null
 * @param nameRegex     the package's regular expression matching English name variants, or null
 */
public record CountryCodeEntry(String name, String isoName, String cowName, String iso2, String iso3,
        Integer isoNumeric, String cowAbb, Integer cowCode, String gwAbb, Integer gwCode, String fips,
        String region, String continent, String unRegion, String unSubregion, String nameRegex) {

    public CountryCodeEntry {
        name = Checks.text(name, "name");
        isoName = Checks.optionalText(isoName);
        cowName = Checks.optionalText(cowName);
        iso2 = Checks.optionalText(iso2);
        iso3 = Checks.optionalText(iso3);
        if (isoNumeric != null && (isoNumeric < 1 || isoNumeric > 999)) {
            throw new IllegalArgumentException("ISO numeric code must be 1-999, got " + isoNumeric);
        }
        cowAbb = Checks.optionalText(cowAbb);
        StateCodes.optionalCode(cowCode, "COW code");
        gwAbb = Checks.optionalText(gwAbb);
        StateCodes.optionalCode(gwCode, "G-W code");
        fips = Checks.optionalText(fips);
        region = Checks.optionalText(region);
        continent = Checks.optionalText(continent);
        unRegion = Checks.optionalText(unRegion);
        unSubregion = Checks.optionalText(unSubregion);
        nameRegex = Checks.optionalText(nameRegex);
    }
}
