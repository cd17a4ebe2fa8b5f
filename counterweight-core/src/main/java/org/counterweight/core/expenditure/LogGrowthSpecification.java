package org.counterweight.core.expenditure;

/**
 * A specification whose response is the log growth Δln x_t, so that a fitted response g gives the
 * level x_{t-1} exp(g): positive whenever last year's level is.
 */
abstract class LogGrowthSpecification extends LinearSpecification {
    @Override
    public final boolean positiveByConstruction() {
        return true;
    }

    @Override
    final double response(ExpenditurePath path, int year) {
        return ExpenditurePath.ln(path.level(year)) - ExpenditurePath.ln(path.level(year - 1));
    }

    @Override
    final double level(ExpenditurePath path, int year, double fittedResponse) {
        return path.level(year - 1) * Math.exp(fittedResponse);
    }
}
