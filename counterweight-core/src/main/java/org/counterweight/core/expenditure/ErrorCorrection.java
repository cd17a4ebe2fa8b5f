package org.counterweight.core.expenditure;

import java.util.List;
import org.counterweight.core.estimation.OrdinaryLeastSquares;
import org.counterweight.core.estimation.RegressionData;

/**
 * An ARDL(1,1) model of ln military expenditure on ln threat and ln GDP, estimated in its conditional
 * error-correction form (Pesaran, Shin &amp; Smith 2001, "Bounds testing approaches to the analysis of
 * level relationships", Journal of Applied Econometrics 16(3), 289-326, doi:10.1002/jae.616; case III,
 * unrestricted intercept and no trend):
 * <pre>
 *   Δln x_t = c + φ ln x_{t-1} + θ_T ln T_{t-1} + θ_y ln y_{t-1} + β Δln T_t + γ Δln y_t + e_t
 * </pre>
 * which is the ARDL(1,1) ln x_t = c + λ ln x_{t-1} + b0 ln T_t + b1 ln T_{t-1} + g0 ln y_t + g1 ln y_{t-1}
 * reparametrised (λ = 1 + φ, b0 = β, b1 = θ_T - β, g0 = γ, g1 = θ_y - γ: the same fit). The long-run
 * elasticities are -θ_T/φ and -θ_y/φ. Its use for arms races, with the rival's expenditure as the
 * threat and income as the budget constraint: Dunne &amp; Smith (2007), "The Econometrics of Military
 * Arms Races", Handbook of Defense Economics 2, 913-940, doi:10.1016/S1574-0013(06)02028-9.
 *
 * <p>This year's threat and GDP enter (Δln T_t, Δln y_t), as in the ARDL: a forecast is conditional on
 * their actual path, and a simulation with this specification must solve for this year's threat jointly
 * with the levels (or state that it lags it). Positive by construction: x_t = x_{t-1} exp(fitted).
 * Admissible: -2 &lt; φ &lt; 0, i.e. |λ| &lt; 1, the dynamic stability under which the long-run relation
 * exists; no sign is imposed on the threat terms.
 *
 * <p>{@link #boundsTest} is PSS's F test of φ = θ_T = θ_y = 0 (no level relationship), with the 5%
 * bounds of Narayan (2005), "The saving and investment nexus for China: evidence from cointegration
 * tests", Applied Economics 37(17), 1979-1990, for small samples (case III, k = 2 regressors):
 * I(0) 4.267 and I(1) 5.473 for n &lt;= 30, 4.183 and 5.333 for n = 31-35; longer samples use the n = 35
 * bounds (slightly more demanding than theirs). Above the I(1) bound: a level relationship; below the
 * I(0) bound: none; between: inconclusive.
 */
public final class ErrorCorrection extends LogGrowthSpecification {
    /** ln x_{t-1}, coefficient φ. */
    public static final String OWN_LEVEL_LAG = "ln_own_lag";
    /** ln T_{t-1}, coefficient θ_T. */
    public static final String THREAT_LEVEL_LAG = "ln_threat_lag";
    /** ln y_{t-1}, coefficient θ_y. */
    public static final String INCOME_LEVEL_LAG = "ln_gdp_lag";
    /** Δln T_t, coefficient β. */
    public static final String THREAT_GROWTH = "d_ln_threat";
    /** Δln y_t, coefficient γ. */
    public static final String INCOME_GROWTH = "d_ln_gdp";

    private static final List<Column> COLUMNS = List.of(
            new Column(OWN_LEVEL_LAG, (p, t) -> ExpenditurePath.ln(p.level(t - 1))),
            new Column(THREAT_LEVEL_LAG, (p, t) -> ExpenditurePath.ln(p.threat(t - 1))),
            new Column(INCOME_LEVEL_LAG, (p, t) -> ExpenditurePath.ln(p.income(t - 1))),
            new Column(THREAT_GROWTH, (p, t) -> ExpenditurePath.ln(p.threat(t)) - ExpenditurePath.ln(p.threat(t - 1))),
            new Column(INCOME_GROWTH, (p, t) -> ExpenditurePath.ln(p.income(t)) - ExpenditurePath.ln(p.income(t - 1))));
    private static final List<String> LEVEL_TERMS = List.of(OWN_LEVEL_LAG, THREAT_LEVEL_LAG, INCOME_LEVEL_LAG);

    /**
     * PSS's bounds test of no level relationship.
     *
     * @param f        the F statistic of φ = θ_T = θ_y = 0
     * @param n        observations
     * @param lower    the 5% I(0) bound (Narayan 2005, case III, k = 2)
     * @param upper    the 5% I(1) bound
     * @param verdict  {@code level relationship}, {@code none} or {@code inconclusive} at 5%
     */
    public record BoundsTest(double f, int n, double lower, double upper, String verdict) {
    }

    @Override
    public String id() {
        return "ardl-ecm";
    }

    @Override
    public String equation() {
        return "dln x_t = c + phi ln x_{t-1} + thT ln T_{t-1} + thY ln y_{t-1} + b dln T_t + g dln y_t";
    }

    @Override
    public String source() {
        return "Pesaran, Shin & Smith (2001), J Applied Econometrics 16(3); Dunne & Smith (2007)";
    }

    @Override
    public String admissibleRegion() {
        return "-2 < phi < 0 (|lambda| < 1: stable, error-correcting)";
    }

    @Override
    public boolean admissible(List<String> names, double[] coefficients) {
        double phi = coefficient(names, coefficients, OWN_LEVEL_LAG);
        return phi > -2 && phi < 0;
    }

    @Override
    public String reactionMeaning() {
        return "long-run elasticity of expenditure to threat, -thT/phi";
    }

    @Override
    public double reaction(List<String> names, double[] coefficients) {
        return -coefficient(names, coefficients, THREAT_LEVEL_LAG) / coefficient(names, coefficients, OWN_LEVEL_LAG);
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    /**
     * The bounds test on an estimate of this specification: the F statistic of the restriction that
     * drops the three lagged levels, ((RSS_r - RSS_u) / 3) / (RSS_u / (n - 6)).
     *
     * @throws IllegalArgumentException when the estimate is not this specification's or failed
     */
    public static BoundsTest boundsTest(Estimate estimate) {
        if (!(estimate.specification() instanceof ErrorCorrection) || !estimate.ok()) {
            throw new IllegalArgumentException("the bounds test needs a successful " + "ardl-ecm estimate");
        }
        RegressionData data = estimate.design().data();
        List<String> names = data.names();
        int n = data.observations();
        double[][] design = data.design();
        List<Integer> kept = new java.util.ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (!LEVEL_TERMS.contains(names.get(j))) {
                kept.add(j);
            }
        }
        double[][] restricted = new double[n][kept.size()];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < kept.size(); c++) {
                restricted[i][c] = design[i][kept.get(c)];
            }
        }
        OrdinaryLeastSquares.Fit r = OrdinaryLeastSquares.fit(new RegressionData(data.response(), restricted,
                kept.stream().map(names::get).toList(), true)).requireOk();
        OrdinaryLeastSquares.Fit u = estimate.fit();
        int q = names.size() - kept.size();
        double f = (r.rss() - u.rss()) / q / (u.rss() / u.residualDegreesOfFreedom());
        double lower = n <= 30 ? 4.267 : 4.183;
        double upper = n <= 30 ? 5.473 : 5.333;
        String verdict = f > upper ? "level relationship" : f < lower ? "none" : "inconclusive";
        return new BoundsTest(f, n, lower, upper, verdict);
    }
}
