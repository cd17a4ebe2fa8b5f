package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.counterweight.core.model.MilitaryExpenditure;
import org.counterweight.core.model.ValueStatus;
import org.counterweight.io.csv.CsvRow;

/**
 * Reads Counterweight's long-form extract of the SIPRI Military Expenditure Database
 * ({@code sipri_milex_selected_1949_2023.csv}): columns {@code country, year, milex_const2022_usd_m,
 * status_const2022, milex_share_gdp, status_share_gdp}, statuses {@code value}, {@code unavailable}
 * (SIPRI ". ." or "...") and {@code not_independent} (SIPRI "xxx"). Figures are US$ million at
 * constant 2022 prices, release 2024; the share of GDP is a fraction.
 *
 * <p>COW codes come from {@link #COW_CODES}, an explicit map of the extract's SIPRI country names;
 * a name not in it gets no code. SIPRI's "USSR" and "Russia" both map to 365.
 */
public final class SipriMilexReader implements DatasetReader<MilitaryExpenditure> {
    /** SIPRI release of the bundled extract. */
    public static final String RELEASE = "2024";
    /** Price base year of the constant-dollar figures. */
    public static final int PRICE_BASE_YEAR = 2022;
    /** COW codes of the SIPRI country names in the bundled extract. */
    public static final Map<String, Integer> COW_CODES = Map.ofEntries(
            Map.entry("United States of America", 2), Map.entry("United Kingdom", 200),
            Map.entry("France", 220), Map.entry("Germany", 255), Map.entry("USSR", 365),
            Map.entry("Russia", 365), Map.entry("Iran", 630), Map.entry("Israel", 666),
            Map.entry("Saudi Arabia", 670), Map.entry("Afghanistan", 700), Map.entry("China", 710),
            Map.entry("Japan", 740), Map.entry("India", 750), Map.entry("Pakistan", 770),
            Map.entry("Bangladesh", 771), Map.entry("Sri Lanka", 780));
    private static final List<String> COLUMNS = List.of("country", "year", "milex_const2022_usd_m",
            "status_const2022", "milex_share_gdp", "status_share_gdp");

    @Override
    public void read(Reader input, String fileName, Consumer<? super MilitaryExpenditure> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> {
            String country = row.required("country");
            int year = row.year("year", 1949, Fields.LAST_YEAR);
            OptionalDouble constant = Fields.amount(row, "milex_const2022_usd_m");
            ValueStatus constantStatus = status(row, "status_const2022", "milex_const2022_usd_m", constant);
            OptionalDouble share = Fields.amount(row, "milex_share_gdp");
            ValueStatus shareStatus = status(row, "status_share_gdp", "milex_share_gdp", share);
            sink.accept(Fields.build(row, () -> new MilitaryExpenditure(RELEASE, country, COW_CODES.get(country),
                    year, PRICE_BASE_YEAR, constant, constantStatus, share, shareStatus)));
        });
    }

    /** The status column, checked against whether its value column holds a figure. */
    private static ValueStatus status(CsvRow row, String column, String valueColumn, OptionalDouble value) {
        ValueStatus status = switch (row.required(column)) {
            case "value" -> ValueStatus.VALUE;
            case "unavailable" -> ValueStatus.MISSING;
            case "not_independent" -> ValueStatus.NOT_INDEPENDENT;
            default -> throw row.error(column,
                    "expected value, unavailable or not_independent, got '" + row.text(column) + "'");
        };
        if (value.isPresent() != (status == ValueStatus.VALUE)) {
            throw row.error(valueColumn, "status '" + row.text(column) + "' but the cell is "
                    + (value.isPresent() ? "not empty" : "empty"));
        }
        return status;
    }
}
