package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.ArmsTransfer;

/**
 * Reads Counterweight's long-form extract of SIPRI TIV tables
 * ({@code tiv_flows_to_south_asia_china_1950_2021.csv}): columns {@code supplier, supplier_sipri_code,
 * supplier_ccode, recipient, recipient_ccode, year, tiv_millions}. COW codes are as given in the file
 * (empty for unknown suppliers); SIPRI's 0 means deliveries under 0.5 million TIV and stays 0.
 */
public final class SipriTivFlowReader implements DatasetReader<ArmsTransfer> {
    /** SIPRI release of the bundled TIV tables (generated 28 July 2022, data through 2021). */
    public static final String RELEASE = "2022";
    private static final List<String> COLUMNS = List.of("supplier", "supplier_ccode", "recipient",
            "recipient_ccode", "year", "tiv_millions");

    @Override
    public void read(Reader input, String fileName, Consumer<? super ArmsTransfer> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new ArmsTransfer(RELEASE,
                row.required("supplier"), Fields.optionalCode(row, "supplier_ccode"), row.required("recipient"),
                Fields.optionalCode(row, "recipient_ccode"), row.year("year", 1950, Fields.LAST_YEAR),
                Fields.requiredAmount(row, "tiv_millions")))));
    }
}
