package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.ArmsExportTotal;

/**
 * Reads SIPRI's per-year export totals of selected suppliers
 * ({@code tiv_supplier_export_totals_1950_2021.csv}): columns {@code supplier, supplier_sipri_code,
 * supplier_ccode, year, tiv_millions_total_exports}.
 */
public final class SipriTivTotalReader implements DatasetReader<ArmsExportTotal> {
    private static final List<String> COLUMNS =
            List.of("supplier", "supplier_ccode", "year", "tiv_millions_total_exports");

    @Override
    public void read(Reader input, String fileName, Consumer<? super ArmsExportTotal> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new ArmsExportTotal(
                SipriTivFlowReader.RELEASE, row.required("supplier"), Fields.optionalCode(row, "supplier_ccode"),
                row.year("year", 1950, Fields.LAST_YEAR), Fields.requiredAmount(row, "tiv_millions_total_exports")))));
    }
}
