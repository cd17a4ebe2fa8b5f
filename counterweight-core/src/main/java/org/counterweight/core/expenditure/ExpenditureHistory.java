package org.counterweight.core.expenditure;

import java.util.Arrays;

/**
 * One state's observed yearly series from {@code firstYear}: expenditure, threat, income (GDP) and
 * hostility, aligned, NaN for gaps (never filled).
 *
 * @param actor     the state's id
 * @param firstYear the year of index 0
 * @param level     x, military expenditure
 * @param threat    T, the threat faced (0: no hostile tie)
 * @param income    y, GDP
 * @param hostility H, the summed strength of the hostile ties
 */
public record ExpenditureHistory(String actor, int firstYear, double[] level, double[] threat, double[] income,
        double[] hostility) implements ExpenditurePath {
    public ExpenditureHistory {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        int n = level.length;
        if (threat.length != n || income.length != n || hostility.length != n) {
            throw new IllegalArgumentException(actor + ": level, threat, income and hostility must cover the same years,"
                    + " got " + n + ", " + threat.length + ", " + income.length + ", " + hostility.length);
        }
        level = level.clone();
        threat = threat.clone();
        income = income.clone();
        hostility = hostility.clone();
    }

    /** The last year covered. */
    public int lastYear() {
        return firstYear + level.length - 1;
    }

    @Override
    public double level(int year) {
        return at(level, year);
    }

    @Override
    public double threat(int year) {
        return at(threat, year);
    }

    @Override
    public double income(int year) {
        return at(income, year);
    }

    @Override
    public double hostility(int year) {
        return at(hostility, year);
    }

    @Override
    public double[] level() {
        return level.clone();
    }

    @Override
    public double[] threat() {
        return threat.clone();
    }

    @Override
    public double[] income() {
        return income.clone();
    }

    @Override
    public double[] hostility() {
        return hostility.clone();
    }

    /** The last year with a level, or {@code firstYear - 1} when there is none. */
    public int lastLevelYear() {
        for (int year = lastYear(); year >= firstYear; year--) {
            if (Double.isFinite(level(year))) {
                return year;
            }
        }
        return firstYear - 1;
    }

    private double at(double[] series, int year) {
        return ExpenditurePath.at(series, firstYear, year);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpenditureHistory h && actor.equals(h.actor) && firstYear == h.firstYear
                && Arrays.equals(level, h.level) && Arrays.equals(threat, h.threat)
                && Arrays.equals(income, h.income) && Arrays.equals(hostility, h.hostility);
    }

    @Override
    public int hashCode() {
        return actor.hashCode() * 31 + Arrays.hashCode(level);
    }

    @Override
    public String toString() {
        return "ExpenditureHistory[" + actor + ", " + firstYear + "-" + lastYear() + "]";
    }
}
