package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.IgoMemberships;

/**
 * Reads peacesciencer's IGO memberships per COW state-year ({@code cow_igo_sy.csv}, COW IGO v3.0):
 * columns {@code ccode, year, sum_igo_full, sum_igo_associate, sum_igo_observer, sum_igo_anytype}.
 */
public final class IgoMembershipReader implements DatasetReader<IgoMemberships> {
    private static final List<String> COLUMNS = List.of("ccode", "year", "sum_igo_full", "sum_igo_associate",
            "sum_igo_observer", "sum_igo_anytype");

    @Override
    public void read(Reader input, String fileName, Consumer<? super IgoMemberships> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new IgoMemberships(
                Fields.code(row, "ccode"), row.year("year", 1816, Fields.LAST_YEAR), Fields.atLeast(row, "sum_igo_full", 0),
                Fields.atLeast(row, "sum_igo_associate", 0), Fields.atLeast(row, "sum_igo_observer", 0),
                Fields.atLeast(row, "sum_igo_anytype", 0)))));
    }
}
