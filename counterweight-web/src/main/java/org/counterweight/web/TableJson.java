package org.counterweight.web;

import io.javalin.http.Context;
import java.util.List;
import org.counterweight.report.Report;
import org.counterweight.report.export.TableExport;

/**
 * Answers tables as the CLI's {@code --format json} prints them ({@link TableExport}): one table as
 * its object, several as an array, each naming the request as its source where the service left the
 * source open.
 */
final class TableJson {
    static final String JSON = "application/json; charset=utf-8";

    private TableJson() {
    }

    static void answer(Context ctx, List<Report.Table> tables) {
        ctx.contentType(JSON).result(text(tables, ApiEndpoints.source(ctx)));
    }

    /** The tables' JSON with {@code source} stamped where open. */
    static String text(List<Report.Table> tables, String source) {
        List<Report.Table> stamped = stamp(tables, source);
        return stamped.size() == 1 ? TableExport.json(stamped.get(0)) : TableExport.json(stamped);
    }

    /** The tables' JSON as an array whatever their number, {@code source} stamped where open. */
    static String array(List<Report.Table> tables, String source) {
        return TableExport.json(stamp(tables, source));
    }

    private static List<Report.Table> stamp(List<Report.Table> tables, String source) {
        return tables.stream().map(t -> t.source() == null ? t.with(t.id(), t.title(), source) : t).toList();
    }
}
