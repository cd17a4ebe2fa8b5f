package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.NationalCapabilities;

/**
 * Reads the abridged COW National Material Capabilities CSV ({@code NMC-7.0-abridged.csv},
 * {@code NMC-6.0-abridged.csv}): columns {@code stateabb, ccode, year, milex, milper, irst, pec, tpop,
 * upop, cinc}. Blank cells and COW's {@code -9} become empty components.
 */
public final class NmcReader implements DatasetReader<NationalCapabilities> {
    private static final List<String> COLUMNS =
            List.of("stateabb", "ccode", "year", "milex", "milper", "irst", "pec", "tpop", "upop", "cinc");
    private static final String MISSING = "-9";

    private final String version;

    /** @param version the NMC release the file belongs to ("7.0"), stored on every record */
    public NmcReader(String version) {
        this.version = version;
    }

    @Override
    public void read(Reader input, String fileName, Consumer<? super NationalCapabilities> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new NationalCapabilities(
                version, Fields.code(row, "ccode"), row.required("stateabb"), row.year("year", 1816, Fields.LAST_YEAR),
                Fields.amount(row, "milex", MISSING), Fields.amount(row, "milper", MISSING),
                Fields.amount(row, "irst", MISSING), Fields.amount(row, "pec", MISSING),
                Fields.amount(row, "tpop", MISSING), Fields.amount(row, "upop", MISSING),
                Fields.amount(row, "cinc", MISSING)))));
    }
}
