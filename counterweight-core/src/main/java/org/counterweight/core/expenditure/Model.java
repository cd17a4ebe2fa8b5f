package org.counterweight.core.expenditure;

import java.util.List;

/**
 * A specification with coefficients: the point estimate or one parameter draw, ready to predict a
 * level on any {@link ExpenditurePath} (a history, a forecast, a simulation's state).
 */
public final class Model {
    private final Specification specification;
    private final List<String> names;
    private final double[] coefficients;

    /**
     * @throws IllegalArgumentException when names and coefficients differ in length
     */
    public Model(Specification specification, List<String> names, double[] coefficients) {
        if (names.size() != coefficients.length) {
            throw new IllegalArgumentException(specification.id() + ": " + names.size() + " names for "
                    + coefficients.length + " coefficients");
        }
        this.specification = specification;
        this.names = List.copyOf(names);
        this.coefficients = coefficients.clone();
    }

    public Specification specification() {
        return specification;
    }

    public List<String> names() {
        return names;
    }

    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The coefficient named {@code name}, NaN when the model has no such column. */
    public double coefficient(String name) {
        int j = names.indexOf(name);
        return j < 0 ? Double.NaN : coefficients[j];
    }

    /** The level x̂ of {@code year} ({@link Specification#predict}). */
    public double predict(ExpenditurePath path, int year) {
        return specification.predict(names, coefficients, path, year);
    }

    /**
     * The levels of {@code origin + 1 .. origin + steps}, each predicted from the previous ones (the
     * multi-step forecast iterates the model on its own forecasts, the exogenous paths as given);
     * NaN from the first year a value it needs is absent.
     */
    public double[] forecast(ExpenditurePath path, int origin, int steps) {
        double[] levels = new double[steps];
        java.util.Arrays.fill(levels, Double.NaN);
        ExpenditurePath iterated = path.withLevelsAfter(origin, levels);
        for (int h = 0; h < steps; h++) {
            double x = predict(iterated, origin + 1 + h);
            if (!Double.isFinite(x)) {
                break;
            }
            levels[h] = x;
        }
        return levels;
    }

    /** Whether the coefficients are admissible ({@link Specification#admissible}). */
    public boolean admissible() {
        return specification.admissible(names, coefficients);
    }

    /** The reaction to threat ({@link Specification#reaction}). */
    public double reaction() {
        return specification.reaction(names, coefficients);
    }
}
