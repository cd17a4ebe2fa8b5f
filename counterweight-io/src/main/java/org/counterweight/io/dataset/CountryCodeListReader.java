package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.CountryCodeEntry;

/**
 * Reads the static code list of the R package countrycode 1.8.0 as bundled
 * ({@code countrycode_codelist.csv}, a column subset of {@code codelist}). Empty cells become null.
 */
public final class CountryCodeListReader implements DatasetReader<CountryCodeEntry> {
    private static final List<String> COLUMNS = List.of("country.name.en", "iso.name.en", "cow.name", "iso2c",
            "iso3c", "iso3n", "cowc", "cown", "gwc", "gwn", "fips", "region", "continent", "un.region.name",
            "un.regionsub.name", "country.name.en.regex");

    @Override
    public void read(Reader input, String fileName, Consumer<? super CountryCodeEntry> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new CountryCodeEntry(
                row.required("country.name.en"), row.optional("iso.name.en"), row.optional("cow.name"),
                row.optional("iso2c"), row.optional("iso3c"), Fields.optionalCode(row, "iso3n"),
                row.optional("cowc"), Fields.optionalCode(row, "cown"), row.optional("gwc"),
                Fields.optionalCode(row, "gwn"), row.optional("fips"), row.optional("region"),
                row.optional("continent"), row.optional("un.region.name"), row.optional("un.regionsub.name"),
                row.optional("country.name.en.regex")))));
    }
}
