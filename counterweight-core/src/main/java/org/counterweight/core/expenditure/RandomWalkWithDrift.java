package org.counterweight.core.expenditure;

import java.util.List;

/**
 * The random walk with drift in logs, the baseline every specification must beat:
 * <pre>
 *   Δln x_t = μ + e_t,   so   ln x̂_{t+h} = ln x_t + h μ̂
 * </pre>
 * μ̂ the mean of the observed log growth rates (OLS on an intercept). The "naive with drift" method of
 * Hyndman &amp; Athanasopoulos, Forecasting: Principles and Practice (3rd ed., 2021, section 5.2), in
 * logs so that it is positive by construction. It has no threat term: chosen for a state where no
 * specification beats it, it says there is no evidence of reaction. Every μ is admissible.
 */
public final class RandomWalkWithDrift extends LogGrowthSpecification {
    @Override
    public String id() {
        return "drift";
    }

    @Override
    public String equation() {
        return "dln x_t = mu";
    }

    @Override
    public String source() {
        return "Hyndman & Athanasopoulos (2021), Forecasting: Principles and Practice, 3rd ed., 5.2";
    }

    @Override
    public String admissibleRegion() {
        return "any mu";
    }

    @Override
    public boolean admissible(List<String> names, double[] coefficients) {
        return Double.isFinite(coefficient(names, coefficients, CONST));
    }

    @Override
    public String reactionMeaning() {
        return "";
    }

    @Override
    public double reaction(List<String> names, double[] coefficients) {
        return Double.NaN;
    }

    @Override
    List<Column> columns() {
        return List.of();
    }
}
