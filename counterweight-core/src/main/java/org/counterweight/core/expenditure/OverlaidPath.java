package org.counterweight.core.expenditure;

/**
 * A path whose levels after {@code origin} are read from {@code levels} (live, not copied) and whose
 * other values are the history's: what {@link ExpenditurePath#withLevelsAfter} returns.
 */
record OverlaidPath(ExpenditurePath history, int origin, double[] levels) implements ExpenditurePath {
    @Override
    public double level(int year) {
        if (year <= origin) {
            return history.level(year);
        }
        int i = year - origin - 1;
        return i < levels.length ? levels[i] : Double.NaN;
    }

    @Override
    public double threat(int year) {
        return history.threat(year);
    }

    @Override
    public double income(int year) {
        return history.income(year);
    }

    @Override
    public double hostility(int year) {
        return history.hostility(year);
    }
}
