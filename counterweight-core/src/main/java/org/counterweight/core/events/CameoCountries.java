package org.counterweight.core.events;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO country codes (the three-letter codes GDELT puts in Actor1CountryCode) with their COW codes,
 * and country names (as ICEWS writes them) with their CAMEO codes. Built from Schrodt's CountryInfo
 * crosswalk (CAMEO code, name, COW number); names ICEWS spells otherwise are added by the caller
 * (from the countrycode list). Codes are looked up trimmed and upper-case, because dumps pad them.
 */
public final class CameoCountries implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> cowByCode;
    private final Map<String, String> codeByName;

    /**
     * @param cowByCode  CAMEO country code to COW code (codes without a COW code are left out)
     * @param codeByName country name (any case, spaces or underscores) to CAMEO country code
     */
    public CameoCountries(Map<String, Integer> cowByCode, Map<String, String> codeByName) {
        this.cowByCode = new HashMap<>();
        cowByCode.forEach((code, cow) -> this.cowByCode.put(code.strip().toUpperCase(Locale.ROOT), cow));
        this.codeByName = new HashMap<>();
        codeByName.forEach((name, code) -> this.codeByName.put(nameKey(name), code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The COW code of a CAMEO country code, if it has one. */
    public Optional<Integer> cow(String cameoCode) {
        if (cameoCode == null) {
            return Optional.empty();
        }
        Integer cow = cowByCode.get(cameoCode);
        return cow != null ? Optional.of(cow)
                : Optional.ofNullable(cowByCode.get(cameoCode.strip().toUpperCase(Locale.ROOT)));
    }

    /** The CAMEO country code of a country name, if known. */
    public Optional<String> codeOfName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(codeByName.get(nameKey(name)));
    }

    /** Every CAMEO country code with its COW code (codes trimmed and upper-case), for engines that join on it. */
    public Map<String, Integer> cowByCode() {
        return Collections.unmodifiableMap(cowByCode);
    }

    /**
     * Every country name, as its lookup key ({@link #nameKey}), with its CAMEO code, for engines that
     * join on it.
     */
    public Map<String, String> codeByNameKey() {
        return Collections.unmodifiableMap(codeByName);
    }

    /**
     * The key a country name is looked up by: trimmed, upper-case, every run of characters other than
     * A-Z and 0-9 one space ("Korea, North" and "KOREA NORTH" are one key).
     */
    public static String nameKey(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }
}
