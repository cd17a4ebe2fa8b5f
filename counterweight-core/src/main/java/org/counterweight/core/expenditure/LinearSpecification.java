package org.counterweight.core.expenditure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterweight.core.estimation.RegressionData;

/**
 * The machinery every specification here shares: a response and named regressors computed from the
 * path for one year, OLS with an intercept, and the map from a fitted response back to a level.
 */
abstract class LinearSpecification implements Specification {
    /** The intercept's column name. */
    static final String CONST = "const";

    /** One regressor: its value for a year of a path, NaN when absent. */
    interface Term {
        double value(ExpenditurePath path, int year);
    }

    /** A named regressor. */
    record Column(String name, Term term) {
    }

    /** The response of {@code year}, NaN when absent. */
    abstract double response(ExpenditurePath path, int year);

    /** The regressors besides the intercept, in column order. */
    abstract List<Column> columns();

    /** The level of {@code year} given the fitted response (the inverse of {@link #response}). */
    abstract double level(ExpenditurePath path, int year, double fittedResponse);

    /**
     * Columns left out of a design when they are constant over its rows (collinear with the
     * intercept, so not identified there); none by default.
     */
    Set<String> droppedWhenConstant() {
        return Set.of();
    }

    @Override
    public Design design(ExpenditurePath path, int from, int to) {
        List<Column> columns = columns();
        List<Integer> used = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<Double> response = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            double r = response(path, year);
            double[] row = new double[columns.size()];
            boolean present = Double.isFinite(r);
            for (int j = 0; j < row.length && present; j++) {
                row[j] = columns.get(j).term().value(path, year);
                present = Double.isFinite(row[j]);
            }
            if (present) {
                used.add(year);
                response.add(r);
                rows.add(row);
            } else {
                dropped.add(year);
            }
        }
        List<Integer> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j).name();
            if (droppedWhenConstant().contains(name) && constant(rows, j)) {
                notes.add(name + " left out: constant over the rows"
                        + (rows.isEmpty() ? "" : " (" + rows.get(0)[j] + ")"));
            } else {
                kept.add(j);
            }
        }
        double[][] design = new double[rows.size()][kept.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < kept.size(); c++) {
                design[i][c] = rows.get(i)[kept.get(c)];
            }
        }
        List<String> names = kept.stream().map(j -> columns.get(j).name()).toList();
        RegressionData data = RegressionData.withIntercept(response.stream().mapToDouble(Double::doubleValue).toArray(),
                design, names);
        return new Design(used.stream().mapToInt(Integer::intValue).toArray(),
                dropped.stream().mapToInt(Integer::intValue).toArray(), data, String.join("; ", notes));
    }

    @Override
    public double predict(List<String> names, double[] coefficients, ExpenditurePath path, int year) {
        double fitted = 0;
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            double value = name.equals(CONST) ? 1 : column(name).term().value(path, year);
            if (!Double.isFinite(value)) {
                return Double.NaN;
            }
            fitted += coefficients[j] * value;
        }
        return level(path, year, fitted);
    }

    /** The coefficient named {@code name}, NaN when absent. */
    static double coefficient(List<String> names, double[] coefficients, String name) {
        int j = names.indexOf(name);
        return j < 0 ? Double.NaN : coefficients[j];
    }

    private Column column(String name) {
        for (Column column : columns()) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        throw new IllegalArgumentException(id() + " has no column " + name);
    }

    private static boolean constant(List<double[]> rows, int j) {
        for (double[] row : rows) {
            if (row[j] != rows.get(0)[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return id();
    }
}
