package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.ObligationEnd;

/**
 * Reads the curated ends of carried treaty obligations ({@code obligation_ends.csv}): columns
 * {@code ccode, state, date, event, reason, source, locator}, the date as YYYY-MM-DD.
 */
public final class ObligationEndsReader implements DatasetReader<ObligationEnd> {
    private static final List<String> COLUMNS = List.of("ccode", "state", "date", "event", "reason", "source",
            "locator");

    @Override
    public void read(Reader input, String fileName, Consumer<? super ObligationEnd> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new ObligationEnd(
                Fields.code(row, "ccode"), row.required("state"), Fields.date(row, "date"), row.required("event"),
                row.required("reason"), row.required("source"), row.required("locator")))));
    }
}
