package org.counterweight.core.expenditure;

import java.util.List;

/**
 * A specification of one state's military expenditure equation, estimated by OLS on its history and
 * iterated forward on a path: the levels before the forecast year from the path (its own forecasts,
 * in a forecast or a simulation), the threat, income and hostility of that year and earlier as given.
 *
 * <p>Implementations, each citing its source: {@link RichardsonLevels}, {@link GrowthReaction},
 * {@link ErrorCorrection}, {@link MilitaryDemand} and the baseline {@link RandomWalkWithDrift}.
 * Coefficients are named; a fit may leave out a column it cannot identify (see
 * {@link MilitaryDemand}), so a coefficient vector is read with its names ({@link Model}).
 */
public interface Specification {
    /** A short stable id ({@code growth-reaction}), used in tables and stream names. */
    String id();

    /** The estimated equation, in plain text. */
    String equation();

    /** The paper the specification follows. */
    String source();

    /**
     * Whether every level it predicts is positive for any coefficients and any path (it is
     * estimated in logs): only such a specification may drive a simulation.
     */
    boolean positiveByConstruction();

    /** The admissible region of the coefficients, in words. */
    String admissibleRegion();

    /** Whether the coefficients (named as {@code names}) lie in {@link #admissibleRegion()}. */
    boolean admissible(List<String> names, double[] coefficients);

    /** What {@link #reaction} measures, in words; empty when the specification has no threat term. */
    String reactionMeaning();

    /** The reaction to threat the coefficients imply ({@link #reactionMeaning()}), NaN when none. */
    double reaction(List<String> names, double[] coefficients);

    /**
     * The regression rows of years {@code from..to}: a year enters when every value its row needs is
     * present (and positive where logged); the others are listed as dropped.
     */
    Design design(ExpenditurePath path, int from, int to);

    /**
     * The level x̂ of {@code year} from the path's levels before it and its exogenous values up to it;
     * NaN when a value it needs is absent.
     *
     * @param names        the coefficients' names, as {@link Design#data()} named them
     * @param coefficients the coefficients, in the order of {@code names}
     */
    double predict(List<String> names, double[] coefficients, ExpenditurePath path, int year);

    /** OLS on the rows of years {@code from..to}. */
    default Estimate fit(ExpenditurePath path, int from, int to) {
        return Estimate.of(this, design(path, from, to));
    }

    /** The model with these coefficients. */
    default Model model(List<String> names, double[] coefficients) {
        return new Model(this, names, coefficients);
    }
}
