package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.EconomicEstimate;

/**
 * Reads peacesciencer's simulated GDP, population and surplus domestic product of COW states
 * ({@code cow_sdp_gdp.csv}, Anders, Fariss & Markowitz 2020): columns {@code ccode, year, wbgdp2011est,
 * wbpopest, sdpest, wbgdppc2011est}, each ln(x + 1); an empty cell is a value the estimates do not give.
 */
public final class EconomicEstimateReader implements DatasetReader<EconomicEstimate> {
    private static final List<String> COLUMNS = List.of("ccode", "year", "wbgdp2011est", "wbpopest", "sdpest",
            "wbgdppc2011est");

    @Override
    public void read(Reader input, String fileName, Consumer<? super EconomicEstimate> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new EconomicEstimate(
                Fields.code(row, "ccode"), row.year("year", 1800, Fields.LAST_YEAR),
                Fields.optionalNumber(row, "wbgdp2011est"), Fields.optionalNumber(row, "wbpopest"),
                Fields.optionalNumber(row, "sdpest"), Fields.optionalNumber(row, "wbgdppc2011est")))));
    }
}
