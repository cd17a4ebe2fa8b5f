package org.counterweight.core.expenditure;

import org.counterweight.core.estimation.RegressionData;

/**
 * The rows of a {@link Specification}'s regression over a range of years.
 *
 * @param years        the years whose equation entered, ascending
 * @param droppedYears years of the range left out because a value was absent (or not positive where logged)
 * @param data         the response and the named columns, the intercept {@code const} first
 * @param notes        what the design left out and why (a column constant over the rows), or empty
 */
public record Design(int[] years, int[] droppedYears, RegressionData data, String notes) {
    public Design {
        years = years.clone();
        droppedYears = droppedYears.clone();
    }

    @Override
    public int[] years() {
        return years.clone();
    }

    @Override
    public int[] droppedYears() {
        return droppedYears.clone();
    }

    /** The number of rows. */
    public int observations() {
        return years.length;
    }
}
