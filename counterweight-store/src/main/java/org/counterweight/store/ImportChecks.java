package org.counterweight.store;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.csv.CsvReader;

/**
 * The checks a user's dataset file passes before its staged rows are committed, run in DuckDB over
 * the staging table (so that a file of a million rows costs no memory here): it has data rows, no two
 * rows share a key, every state code is in the COW state list loaded, and the rows are not a dataset
 * version already loaded ({@link Verdict}). Where a check fails, the file is read again to name the
 * line and field of the first offending row.
 */
final class ImportChecks {
    /** What the rows are, compared with what the store holds of the same format. */
    sealed interface Verdict {
    }

    /** Rows the store does not hold yet (or, for formats that merge, only identical copies of some). */
    record Fresh() implements Verdict {
    }

    /** Every row is already held, with the same values, by {@code slot}. */
    record AlreadyLoaded(String slot) implements Verdict {
    }

    /**
     * Rows whose keys the store holds already with other values, or a fuller copy of a version loaded.
     *
     * @param overlaps per slot holding some of the keys, how many
     * @param staged   the rows of the file
     * @param differing how many of the shared keys hold other values
     */
    record Clash(Map<String, Long> overlaps, long staged, long differing) implements Verdict {
    }

    private final Connection connection;
    private final DatasetLayout layout;
    private final String stage;
    private final String fileName;
    private final byte[] content;

    ImportChecks(Connection connection, DatasetLayout layout, String stage, String fileName, byte[] content) {
        this.connection = connection;
        this.layout = layout;
        this.stage = "temp.main." + stage;
        this.fileName = fileName;
        this.content = content;
    }

    /** A file with a header and no row is refused: it would register an empty dataset. */
    void requireRows(long rows) {
        if (rows == 0) {
            throw new InputFormatException(fileName, 0, null, "no data rows: the file holds a header only");
        }
    }

    /** Two rows with one key (one state-year of NMC twice) are refused, naming both lines. */
    void requireUniqueKeys() {
        List<String> duplicate = first("SELECT " + castKey() + " FROM " + stage + " GROUP BY ALL HAVING count(*) > 1"
                + " LIMIT 1");
        if (duplicate.isEmpty()) {
            return;
        }
        List<Long> lines = lines(keyCells(duplicate), 2);
        String key = describe(duplicate);
        if (lines.size() == 2) {
            throw new InputFormatException(fileName, lines.get(1), layout.keyNames(), "duplicate key " + key
                    + ": line " + lines.get(0) + " has the same");
        }
        throw new InputFormatException(fileName, lines.isEmpty() ? 0 : lines.get(0), layout.keyNames(),
                "duplicate key " + key + ": two rows have it");
    }

    /**
     * Every state code of the file must be in the COW state list the store holds (for rivalry data,
     * also the Gleditsch-Ward list and the pre-1816 codes of the rivalry data loaded).
     */
    void requireKnownCodes() {
        if (layout.codes().isEmpty() || count("SELECT count(*) FROM main.state_spells WHERE system = 'COW'") == 0) {
            return;
        }
        String known = "SELECT code FROM main.state_spells WHERE system = 'COW'" + (layout.pre1816Codes()
                ? " UNION SELECT code FROM main.state_spells UNION SELECT ccode1 FROM main.rivalries"
                        + " UNION SELECT ccode2 FROM main.rivalries" : "");
        for (DatasetLayout.Column column : layout.codes()) {
            List<String> unknown = first("SELECT CAST(" + column.sql() + " AS VARCHAR) FROM " + stage + " WHERE "
                    + column.sql() + " IS NOT NULL AND " + column.sql() + " NOT IN (" + known + ") ORDER BY "
                    + column.sql() + " LIMIT 1");
            if (!unknown.isEmpty()) {
                String code = unknown.get(0);
                List<Long> lines = column.fileColumn() == null ? List.of()
                        : lines(Map.of(column.fileColumn(), code), 1);
                throw new InputFormatException(fileName, lines.isEmpty() ? 0 : lines.get(0),
                        column.fileColumn() != null ? column.fileColumn() : column.sql(), code
                                + " is not a COW state code: the COW state list loaded has no state with it");
            }
        }
    }

    /** Compares the staged rows with those of {@code slots} (the format's imports loaded). */
    Verdict compare(List<String> slots) {
        long staged = count("SELECT count(*) FROM " + stage);
        if (slots.isEmpty()) {
            return new Fresh();
        }
        Map<String, Long> overlaps = new LinkedHashMap<>();
        String keys = IntStream.range(0, layout.key().size()).mapToObj(i -> layout.key().get(i).sql() + " AS k" + i)
                .collect(Collectors.joining(", "));
        String join = IntStream.range(0, layout.key().size()).mapToObj(i -> "m.k" + i + " IS NOT DISTINCT FROM s.k" + i)
                .collect(Collectors.joining(" AND "));
        Sql.query(connection, "SELECT m.dataset, count(*) AS n FROM (SELECT dataset, " + keys + " FROM main."
                + layout.table() + " WHERE list_contains(?, dataset)) m JOIN (SELECT DISTINCT " + keys + " FROM "
                + stage + ") s ON " + join + " GROUP BY m.dataset ORDER BY n DESC, m.dataset", row -> overlaps.put(
                        row.getString(1), row.getLong(2)), slots);
        if (overlaps.isEmpty()) {
            return new Fresh();
        }
        long identical = count("SELECT count(*) FROM (SELECT * EXCLUDE (dataset) FROM " + stage
                + " INTERSECT SELECT * EXCLUDE (dataset) FROM main." + layout.table() + " WHERE list_contains(?, dataset))",
                slots);
        if (identical == staged) {
            return new AlreadyLoaded(overlaps.keySet().iterator().next());
        }
        long differing = Math.max(0, overlaps.values().stream().mapToLong(Long::longValue).sum() - identical);
        if (layout.merges() && differing == 0) {
            return new Fresh();
        }
        return new Clash(overlaps, staged, differing);
    }

    private String castKey() {
        return layout.key().stream().map(c -> "CAST(" + c.sql() + " AS VARCHAR)").collect(Collectors.joining(", "));
    }

    private Map<String, String> keyCells(List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < layout.key().size(); i++) {
            String column = layout.key().get(i).fileColumn();
            if (column != null) {
                cells.put(column, values.get(i));
            }
        }
        return cells;
    }

    private String describe(List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < layout.key().size(); i++) {
            DatasetLayout.Column column = layout.key().get(i);
            parts.add((column.fileColumn() != null ? column.fileColumn() : column.sql()) + " " + values.get(i));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** The first {@code max} lines of the file whose cells hold these values (numbers compared as numbers). */
    private List<Long> lines(Map<String, String> cells, int max) {
        List<Long> lines = new ArrayList<>();
        if (cells.isEmpty() || content == null) {
            return lines;
        }
        try {
            CsvReader.comma(fileName).read(new InputStreamReader(new ByteArrayInputStream(content),
                    StandardCharsets.UTF_8), List.copyOf(cells.keySet()), row -> {
                        if (lines.size() < max && cells.entrySet().stream()
                                .allMatch(c -> same(row.text(c.getKey()), c.getValue()))) {
                            lines.add(row.line());
                        }
                    });
        } catch (InputFormatException e) {
            return lines;
        }
        return lines;
    }

    private static boolean same(String cell, String value) {
        if (cell.equals(value)) {
            return true;
        }
        try {
            return new BigDecimal(cell).compareTo(new BigDecimal(value)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private List<String> first(String sql) {
        List<List<String>> rows = Sql.query(connection, sql, row -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                String value = row.getString(i);
                values.add(value == null ? "" : value);
            }
            return values;
        });
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    private long count(String sql, Object... parameters) {
        return Sql.query(connection, sql, row -> row.getLong(1), parameters).get(0);
    }
}
