package org.counterweight.core.expenditure;

import java.util.List;
import java.util.Set;

/**
 * The demand for military expenditure with capability (income) and threat, as a partial-adjustment
 * equation in logs:
 * <pre>
 *   ln x_t = c + λ ln x_{t-1} + β_y ln y_t + β_T ln T_t + δ H_t + e_t
 * </pre>
 * Dunne &amp; Perlo-Freeman (2003), "The demand for military spending in developing countries",
 * International Review of Applied Economics 17(1); Dunne, Perlo-Freeman &amp; Smith (2008), "The demand
 * for military expenditure in developing countries: hostility versus capability", Defence and Peace
 * Economics 19(4). They estimate
 * ln milex on its lag, ln GDP (capability: what the state can afford), the ln military expenditure of
 * potential enemies (threat, which they read as a proxy of threat perception reflecting both hostility
 * and capability) and conflict measures, on cross-sections and panels; here it is one state's time
 * series, the threat is T (hostile states' expenditure with their partners', from the signed network)
 * and the hostility measure H is the summed strength of the state's hostile ties: the two papers'
 * point is that a threat variable mixes hostility and capability, and H separates the first.
 *
 * <p>H is often constant over a state's years (its rivalries do not change); it is then collinear with
 * the intercept and left out of that design (the design's notes say so). This year's threat and GDP
 * enter, so a forecast is conditional on their actual path, and a simulation must solve this year's
 * threat jointly with the levels (or state that it lags it). Positive by construction:
 * x_t = exp(fitted). Admissible: |λ| &lt; 1 (stable partial adjustment, long-run elasticities
 * β/(1 - λ) defined); no sign is imposed on β_T.
 */
public final class MilitaryDemand extends LinearSpecification {
    /** ln x_{t-1}, coefficient λ. */
    public static final String OWN_LAG = "ln_own_lag";
    /** ln y_t, coefficient β_y. */
    public static final String INCOME = "ln_gdp";
    /** ln T_t, coefficient β_T. */
    public static final String THREAT = "ln_threat";
    /** H_t, coefficient δ. */
    public static final String HOSTILITY = "hostility";

    private static final List<Column> COLUMNS = List.of(
            new Column(OWN_LAG, (p, t) -> ExpenditurePath.ln(p.level(t - 1))),
            new Column(INCOME, (p, t) -> ExpenditurePath.ln(p.income(t))),
            new Column(THREAT, (p, t) -> ExpenditurePath.ln(p.threat(t))),
            new Column(HOSTILITY, (p, t) -> p.hostility(t)));

    @Override
    public String id() {
        return "military-demand";
    }

    @Override
    public String equation() {
        return "ln x_t = c + lambda ln x_{t-1} + bY ln y_t + bT ln T_t + d H_t";
    }

    @Override
    public String source() {
        return "Dunne & Perlo-Freeman (2003), IRAE 17(1); Dunne, Perlo-Freeman & Smith (2008), DPE 19(4)";
    }

    @Override
    public boolean positiveByConstruction() {
        return true;
    }

    @Override
    public String admissibleRegion() {
        return "|lambda| < 1 (stable partial adjustment)";
    }

    @Override
    public boolean admissible(List<String> names, double[] coefficients) {
        return Math.abs(coefficient(names, coefficients, OWN_LAG)) < 1;
    }

    @Override
    public String reactionMeaning() {
        return "bT, short-run elasticity of expenditure to threat";
    }

    @Override
    public double reaction(List<String> names, double[] coefficients) {
        return coefficient(names, coefficients, THREAT);
    }

    @Override
    double response(ExpenditurePath path, int year) {
        return ExpenditurePath.ln(path.level(year));
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    Set<String> droppedWhenConstant() {
        return Set.of(HOSTILITY);
    }

    @Override
    double level(ExpenditurePath path, int year, double fittedResponse) {
        return Math.exp(fittedResponse);
    }
}
