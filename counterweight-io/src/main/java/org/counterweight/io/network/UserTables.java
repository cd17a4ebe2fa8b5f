package org.counterweight.io.network;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.Numbers;
import org.counterweight.io.csv.CsvReader;
import org.counterweight.io.csv.CsvRecords;
import org.counterweight.io.csv.CsvRow;

/** Readers for the tables users bring: edge lists, sizes, propensity matrices, portfolios. */
public final class UserTables {
    /**
     * The largest magnitude of a weight, size or matrix cell: a trillion, beyond any capability
     * index, budget in US$ millions or propensity scale, and small enough that sums and products of
     * a few hundred of them stay finite.
     */
    public static final double MAX_VALUE = 1e12;

    private UserTables() {
    }

    /**
     * A signed edge list with columns {@code from,to,sign[,weight]}, and optionally a column named
     * {@code groupColumn} that splits the rows into separate networks. Signs may be written 1/-1,
     * +/-, or positive/negative.
     */
    public static List<SignedEdge> edges(Reader input, String fileName, String groupColumn) {
        List<SignedEdge> edges = new ArrayList<>();
        List<String> required = groupColumn == null ? List.of("from", "to", "sign") : List.of("from", "to", "sign",
                groupColumn);
        CsvReader.comma(fileName).read(input, required, row -> {
            String from = row.required("from");
            String to = row.required("to");
            if (from.equals(to)) {
                throw row.error("to", "a tie needs two different actors, got " + from + " twice");
            }
            double weight = row.has("weight") && !row.text("weight").isEmpty() ? row.number("weight") : 1;
            if (!(weight > 0) || weight > MAX_VALUE) {
                throw row.error("weight", "weight must be positive and at most " + MAX_VALUE + ", got "
                        + row.text("weight"));
            }
            edges.add(new SignedEdge(groupColumn == null ? "" : row.required(groupColumn), from, to, sign(row),
                    weight));
        });
        if (edges.isEmpty()) {
            throw new InputFormatException(fileName, 0, null, "no edges");
        }
        return List.copyOf(edges);
    }

    private static int sign(CsvRow row) {
        String text = row.required("sign").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "+1", "+", "positive", "1.0" -> 1;
            case "-1", "-", "negative", "-1.0" -> -1;
            default -> throw row.error("sign", "sign must be 1 or -1 (or + / -, positive / negative), got '"
                    + row.text("sign") + "'");
        };
    }

    /** Sizes as {@code actor,size}, in file order; sizes must be positive. */
    public static Map<String, Double> sizes(Reader input, String fileName) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        CsvReader.comma(fileName).read(input, List.of("actor", "size"), row -> {
            String actor = row.required("actor");
            double size = row.number("size");
            if (!(size > 0) || size > MAX_VALUE) {
                throw row.error("size", "size must be positive and at most " + MAX_VALUE + ", got "
                        + row.text("size"));
            }
            if (sizes.put(actor, size) != null) {
                throw row.error("actor", "actor " + actor + " is listed twice");
            }
        });
        if (sizes.isEmpty()) {
            throw new InputFormatException(fileName, 0, null, "no actors");
        }
        return sizes;
    }

    /** A square matrix with actor names in the header row and the first column. */
    public record Matrix(List<String> actors, double[][] values) {
    }

    /**
     * A square matrix: the header row names the actors (its first cell is ignored), each following
     * row starts with an actor name in the same order; the diagonal may be empty; every other cell
     * must be a number.
     */
    public static Matrix squareMatrix(Reader input, String fileName) {
        CsvRecords records = new CsvRecords(fileName, input, ',');
        CsvRecords.Row header = records.next();
        if (header == null) {
            throw new InputFormatException(fileName, 0, null, "empty file: no header row");
        }
        List<String> actors = header.fields().subList(1, header.fields().size()).stream().map(String::strip).toList();
        if (actors.isEmpty()) {
            throw new InputFormatException(fileName, 1, null, "the header names no actors");
        }
        int n = actors.size();
        double[][] values = new double[n][n];
        int row = 0;
        for (CsvRecords.Row record = records.next(); record != null; record = records.next()) {
            if (record.blank()) {
                continue;
            }
            if (row >= n) {
                throw new InputFormatException(fileName, record.line(), null, "more rows than the " + n
                        + " actors of the header");
            }
            if (record.fields().size() != n + 1) {
                throw new InputFormatException(fileName, record.line(), null, "expected " + (n + 1)
                        + " fields as in the header, found " + record.fields().size());
            }
            if (!record.field(0).equals(actors.get(row))) {
                throw new InputFormatException(fileName, record.line(), actors.get(row), "row " + (row + 1)
                        + " should be " + actors.get(row) + " (the header's order), got '" + record.field(0) + "'");
            }
            for (int c = 0; c < n; c++) {
                String cell = record.field(c + 1);
                if (c == row && cell.isEmpty()) {
                    continue;
                }
                try {
                    values[row][c] = Numbers.decimal(cell, -MAX_VALUE, MAX_VALUE);
                } catch (NumberFormatException e) {
                    throw new InputFormatException(fileName, record.line(), actors.get(c), e.getMessage());
                }
            }
            row++;
        }
        if (row != n) {
            throw new InputFormatException(fileName, 0, null, "the matrix has " + row + " rows for " + n + " actors");
        }
        return new Matrix(actors, values);
    }

    /** One item of two portfolios: A's and B's code for it and its weight. */
    public record PortfolioItem(String state, int a, int b, double weight) {
    }

    /**
     * Two portfolios as {@code state,a,b[,weight]}: for each state of the system (the item), A's and
     * B's ordinal codes (0-3 for alliances) and the item's weight (its capability; 1 when absent).
     */
    public static List<PortfolioItem> portfolios(Reader input, String fileName) {
        List<PortfolioItem> items = new ArrayList<>();
        CsvReader.comma(fileName).read(input, List.of("state", "a", "b"), row -> {
            int a = row.integer("a");
            int b = row.integer("b");
            if (a < 0 || b < 0) {
                throw row.error(a < 0 ? "a" : "b", "codes must be 0 or more");
            }
            double weight = row.has("weight") && !row.text("weight").isEmpty() ? row.number("weight") : 1;
            if (weight < 0 || weight > MAX_VALUE) {
                throw row.error("weight", "weight must be 0-" + MAX_VALUE + ", got " + row.text("weight"));
            }
            items.add(new PortfolioItem(row.required("state"), a, b, weight));
        });
        if (items.isEmpty()) {
            throw new InputFormatException(fileName, 0, null, "no portfolio rows");
        }
        return List.copyOf(items);
    }
}
