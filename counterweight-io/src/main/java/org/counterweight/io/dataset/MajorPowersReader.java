package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.MajorPowerSpell;

/**
 * Reads the COW major-power list v2016 ({@code cow_majors.csv}): columns {@code ccode, styear,
 * stmonth, stday, endyear, endmonth, endday, version}.
 */
public final class MajorPowersReader implements DatasetReader<MajorPowerSpell> {
    private static final List<String> COLUMNS =
            List.of("ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday");

    @Override
    public void read(Reader input, String fileName, Consumer<? super MajorPowerSpell> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new MajorPowerSpell(
                Fields.code(row, "ccode"), Fields.date(row, "styear", "stmonth", "stday", 1816),
                Fields.date(row, "endyear", "endmonth", "endday", 1816)))));
    }
}
