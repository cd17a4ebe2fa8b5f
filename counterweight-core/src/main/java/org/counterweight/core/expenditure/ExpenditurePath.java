package org.counterweight.core.expenditure;

/**
 * One state's yearly path as a {@link Specification} reads it: its military expenditure x (the
 * level), the threat T it faces, its income y (GDP) and its hostility H, each by calendar year, NaN
 * where absent. Units are the caller's, consistently: US$ bn for x, T and y in Counterweight.
 *
 * <p>An interface, not an array, so that a forecast or a simulation can lay its own levels over the
 * history ({@link #withLevelsAfter}) without copying, and read the exogenous paths (threat, income,
 * hostility) as given. Implementations must return NaN, never throw, for years outside their range.
 */
public interface ExpenditurePath {
    /** x in {@code year}, NaN where absent. */
    double level(int year);

    /** T in {@code year}, NaN where absent; 0 when the state faces no hostile tie. */
    double threat(int year);

    /** y (GDP) in {@code year}, NaN where absent. */
    double income(int year);

    /** H in {@code year}: the summed strength of the state's hostile ties, NaN where absent. */
    double hostility(int year);

    /**
     * This path with the levels of the years after {@code origin} replaced by {@code levels[year -
     * origin - 1]} (NaN where the array ends): the path a forecast iterates on, its own forecasts
     * standing in for the levels it must not see, the exogenous paths unchanged.
     */
    default ExpenditurePath withLevelsAfter(int origin, double[] levels) {
        return new OverlaidPath(this, origin, levels);
    }

    /**
     * The value of {@code year} in a yearly series whose index 0 is {@code firstYear}, NaN outside it:
     * how array-backed paths answer.
     */
    static double at(double[] series, int firstYear, int year) {
        int t = year - firstYear;
        return t >= 0 && t < series.length ? series[t] : Double.NaN;
    }

    /** ln v for v &gt; 0, else NaN (the log of a zero threat or a missing value is absent, never filled). */
    static double ln(double v) {
        return v > 0 ? Math.log(v) : Double.NaN;
    }
}
