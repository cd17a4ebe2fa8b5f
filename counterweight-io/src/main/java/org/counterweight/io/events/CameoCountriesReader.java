package org.counterweight.io.events;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.events.CameoCountries;
import org.counterweight.core.model.CountryCodeEntry;
import org.counterweight.io.csv.CsvReader;
import org.counterweight.io.dataset.BundledDatasets;
import org.counterweight.io.dataset.CountryCodeListReader;

/**
 * Builds the CAMEO country lookup from the bundled crosswalks: Schrodt's CountryInfo (CAMEO code,
 * name, COW number; "---" and "000" mean none) for the codes, and the countrycode list's English,
 * ISO and COW names for the names ICEWS writes ("Russian Federation", "North Korea"), each mapped
 * to its ISO3 code, which CountryInfo uses as the CAMEO code.
 */
public final class CameoCountriesReader {
    static final String COUNTRY_INFO = BundledDatasets.ROOT + "event-data/cameo_country_codes_countryinfo.csv";
    static final String COUNTRYCODE = BundledDatasets.ROOT + "country-codes/countrycode_codelist.csv";

    private CameoCountriesReader() {
    }

    /** The lookup from the bundled files. */
    public static CameoCountries bundled() {
        Map<String, Integer> cowByCode = new HashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        try (Reader input = BundledDatasets.open(COUNTRYCODE)) {
            new CountryCodeListReader().read(input, COUNTRYCODE, (CountryCodeEntry entry) -> {
                if (entry.iso3() != null) {
                    for (String name : new String[] {entry.name(), entry.isoName(), entry.cowName()}) {
                        if (name != null) {
                            codeByName.putIfAbsent(name, entry.iso3());
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Reader input = BundledDatasets.open(COUNTRY_INFO)) {
            CsvReader.comma(COUNTRY_INFO).read(input, List.of("cameo_country_code", "country_name",
                    "cow_numeric"), row -> {
                        String code = row.text("cameo_country_code");
                        if (code.isEmpty() || code.equals("---")) {
                            return;
                        }
                        codeByName.put(row.text("country_name"), code);
                        String cow = row.text("cow_numeric");
                        if (cow.matches("\\d{1,3}") && Integer.parseInt(cow) > 0) {
                            cowByCode.putIfAbsent(code, Integer.parseInt(cow));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CameoCountries(cowByCode, codeByName);
    }
}
