package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;

/**
 * Reads the COW State System Membership list v2016 ({@code cow_states2016.csv}): columns
 * {@code stateabb, ccode, statenme, styear, stmonth, stday, endyear, endmonth, endday, version}; one
 * row per membership spell.
 */
public final class CowStatesReader implements DatasetReader<StateSystemSpell> {
    private static final List<String> COLUMNS = List.of("stateabb", "ccode", "statenme", "styear", "stmonth",
            "stday", "endyear", "endmonth", "endday");

    @Override
    public void read(Reader input, String fileName, Consumer<? super StateSystemSpell> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new StateSystemSpell(
                StateSystem.COW, Fields.code(row, "ccode"), row.required("stateabb"), row.required("statenme"),
                Fields.date(row, "styear", "stmonth", "stday", 1816),
                Fields.date(row, "endyear", "endmonth", "endday", 1816), false))));
    }
}
