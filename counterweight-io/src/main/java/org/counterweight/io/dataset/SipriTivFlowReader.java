package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.counterweight.core.model.ArmsCoverage;
import org.counterweight.core.model.ArmsTransfer;

/**
 * Reads Counterweight's long-form extract of SIPRI TIV tables
 * ({@code tiv_flows_to_south_asia_china_1950_2021.csv}): columns {@code supplier, supplier_sipri_code,
 * supplier_ccode, recipient, recipient_ccode, year, tiv_millions}. COW codes are as given in the file
 * (empty for unknown suppliers); SIPRI's 0 means deliveries under 0.5 million TIV and stays 0.
 *
 * <p>Such an extract holds the full import record of each recipient it names over the years it spans
 * ({@link #coverage}): the bundled one was cut from every exporter's table of 1950-2021, keeping all
 * deliveries to its recipients (its SOURCE.md). It holds no supplier's exports in full.
 */
public final class SipriTivFlowReader implements DatasetReader<ArmsTransfer> {
    /** SIPRI release of the bundled TIV tables (generated 28 July 2022, data through 2021). */
    public static final String RELEASE = "2022";
    private static final List<String> COLUMNS = List.of("supplier", "supplier_ccode", "recipient",
            "recipient_ccode", "year", "tiv_millions");

    /**
     * What an extract holds in full: every recipient it names (by SIPRI name, with the code of its
     * first row), each over the years the whole extract spans; nothing for an empty extract.
     */
    public static List<ArmsCoverage> coverage(List<ArmsTransfer> transfers) {
        int first = transfers.stream().mapToInt(ArmsTransfer::year).min().orElse(0);
        int last = transfers.stream().mapToInt(ArmsTransfer::year).max().orElse(0);
        Map<String, ArmsTransfer> recipients = new LinkedHashMap<>();
        transfers.forEach(t -> recipients.putIfAbsent(t.recipient(), t));
        return recipients.values().stream().map(t -> new ArmsCoverage(t.release(), ArmsCoverage.Side.RECIPIENT,
                t.recipient(), t.recipientCow(), first, last)).toList();
    }

    @Override
    public void read(Reader input, String fileName, Consumer<? super ArmsTransfer> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new ArmsTransfer(RELEASE,
                row.required("supplier"), Fields.optionalCode(row, "supplier_ccode"), row.required("recipient"),
                Fields.optionalCode(row, "recipient_ccode"), row.year("year", 1950, Fields.LAST_YEAR),
                Fields.requiredAmount(row, "tiv_millions")))));
    }
}
