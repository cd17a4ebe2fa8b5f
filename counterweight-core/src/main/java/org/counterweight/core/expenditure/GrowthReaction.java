package org.counterweight.core.expenditure;

import java.util.List;

/**
 * Action-reaction in growth rates (log differences), with the own lag:
 * <pre>
 *   Δln x_t = c + k Δln T_{t-1} + ρ Δln x_{t-1} + e_t
 * </pre>
 * The differenced (growth-rate) form of the action-reaction equation that Dunne &amp; Smith (2007),
 * "The Econometrics of Military Arms Races", Handbook of Defense Economics 2, 913-940,
 * doi:10.1016/S1574-0013(06)02028-9, recommend over levels when the levels are integrated: k is the
 * elasticity of this year's growth to last year's growth of the threat. The threat enters lagged, so
 * a forecast or a simulation never needs this year's threat.
 *
 * <p>Positive by construction: x_t = x_{t-1} exp(fitted). Admissible: |ρ| &lt; 1, the stationarity
 * of the growth process (otherwise growth itself explodes). No sign is imposed on k: the selection is
 * there to find out whether a reaction exists, and a sign restriction would assume it. A year enters
 * when x_t, x_{t-1}, x_{t-2}, T_{t-1} and T_{t-2} are present and positive (a zero threat has no
 * log). Columns: {@code const} (c), {@value #THREAT_GROWTH_LAG} (k), {@value #GROWTH_LAG} (ρ).
 */
public final class GrowthReaction extends LogGrowthSpecification {
    /** Δln T_{t-1}, coefficient k. */
    public static final String THREAT_GROWTH_LAG = "d_ln_threat_lag";
    /** Δln x_{t-1}, coefficient ρ. */
    public static final String GROWTH_LAG = "d_ln_own_lag";

    private static final List<Column> COLUMNS = List.of(
            new Column(THREAT_GROWTH_LAG, (p, t) -> ExpenditurePath.ln(p.threat(t - 1))
                    - ExpenditurePath.ln(p.threat(t - 2))),
            new Column(GROWTH_LAG, (p, t) -> ExpenditurePath.ln(p.level(t - 1)) - ExpenditurePath.ln(p.level(t - 2))));

    @Override
    public String id() {
        return "growth-reaction";
    }

    @Override
    public String equation() {
        return "dln x_t = c + k dln T_{t-1} + rho dln x_{t-1}";
    }

    @Override
    public String source() {
        return "Dunne & Smith (2007), Handbook of Defense Economics 2 (action-reaction in growth rates)";
    }

    @Override
    public String admissibleRegion() {
        return "|rho| < 1 (stationary growth)";
    }

    @Override
    public boolean admissible(List<String> names, double[] coefficients) {
        return Math.abs(coefficient(names, coefficients, GROWTH_LAG)) < 1;
    }

    @Override
    public String reactionMeaning() {
        return "k, elasticity of growth to last year's threat growth";
    }

    @Override
    public double reaction(List<String> names, double[] coefficients) {
        return coefficient(names, coefficients, THREAT_GROWTH_LAG);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }
}
