package org.counterweight.core.expenditure;

import java.util.List;

/**
 * Richardson's action-reaction equation in levels, annual difference form:
 * <pre>
 *   x_t - x_{t-1} = c + k T_{t-1} - a x_{t-1} + e_t
 * </pre>
 * Richardson (1960), Arms and Insecurity, Boxwood Press (dx/dt = k y - a x + g); OLS of the
 * difference equation as surveyed by Dunne &amp; Smith (2007), "The Econometrics of Military Arms
 * Races", Handbook of Defense Economics 2, 913-940, doi:10.1016/S1574-0013(06)02028-9, who warn
 * that levels are usually non-stationary. The same regression as
 * {@link org.counterweight.core.estimation.RichardsonRegression} with the threat as the rival, here as
 * one specification among others.
 *
 * <p>In levels, a forecast can go below zero (a negative c or a fatigue a &gt; 1 does it), so this
 * specification is compared, never used to simulate ({@link #positiveByConstruction()} is false).
 * Its admissible region is Richardson's: reaction and fatigue k, a &gt;= 0. Columns: {@code const} (c),
 * {@value #THREAT_LAG} (k), {@value #OWN_LAG} (-a).
 */
public final class RichardsonLevels extends LinearSpecification {
    /** T_{t-1}, coefficient k. */
    public static final String THREAT_LAG = "threat_lag";
    /** x_{t-1}, coefficient -a. */
    public static final String OWN_LAG = "own_lag";

    private static final List<Column> COLUMNS = List.of(new Column(THREAT_LAG, (p, t) -> p.threat(t - 1)),
            new Column(OWN_LAG, (p, t) -> p.level(t - 1)));

    @Override
    public String id() {
        return "richardson-levels";
    }

    @Override
    public String equation() {
        return "x_t - x_{t-1} = c + k T_{t-1} - a x_{t-1}";
    }

    @Override
    public String source() {
        return "Richardson (1960), Arms and Insecurity; Dunne & Smith (2007), Handbook of Defense Economics 2";
    }

    @Override
    public boolean positiveByConstruction() {
        return false;
    }

    @Override
    public String admissibleRegion() {
        return "k >= 0 and a >= 0 (the security-dilemma model's)";
    }

    @Override
    public boolean admissible(List<String> names, double[] coefficients) {
        return coefficient(names, coefficients, THREAT_LAG) >= 0 && -coefficient(names, coefficients, OWN_LAG) >= 0;
    }

    @Override
    public String reactionMeaning() {
        return "k, US$ of expenditure per US$ of threat per year";
    }

    @Override
    public double reaction(List<String> names, double[] coefficients) {
        return coefficient(names, coefficients, THREAT_LAG);
    }

    @Override
    double response(ExpenditurePath path, int year) {
        return path.level(year) - path.level(year - 1);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    double level(ExpenditurePath path, int year, double fittedResponse) {
        return path.level(year - 1) + fittedResponse;
    }
}
