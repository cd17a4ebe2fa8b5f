package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;

/**
 * Reads the Gleditsch-Ward list of independent states and microstates as shipped by the R package
 * isard ({@code isard_gw_system.csv}): columns {@code gwcode, gw_abb, gw_name, microstate, start, end},
 * dates YYYY-MM-DD, one row per spell.
 */
public final class GwStatesReader implements DatasetReader<StateSystemSpell> {
    private static final List<String> COLUMNS = List.of("gwcode", "gw_abb", "gw_name", "microstate", "start", "end");

    @Override
    public void read(Reader input, String fileName, Consumer<? super StateSystemSpell> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new StateSystemSpell(
                StateSystem.GW, Fields.code(row, "gwcode"), row.required("gw_abb"), row.required("gw_name"),
                Fields.date(row, "start"), Fields.date(row, "end"), Fields.flag(row, "microstate")))));
    }
}
