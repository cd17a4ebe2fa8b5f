package org.counterweight.core.expenditure;

import java.util.List;
import org.counterweight.core.estimation.OrdinaryLeastSquares;

/**
 * A specification fitted by OLS ({@link OrdinaryLeastSquares}) on a {@link Design}.
 *
 * @param specification the specification
 * @param design        its rows
 * @param fit           the OLS fit; when not OK, {@link #model()} throws
 */
public record Estimate(Specification specification, Design design, OrdinaryLeastSquares.Fit fit) {
    /** Fits the design. */
    static Estimate of(Specification specification, Design design) {
        return new Estimate(specification, design, OrdinaryLeastSquares.fit(design.data()));
    }

    /** Whether OLS succeeded. */
    public boolean ok() {
        return fit.ok();
    }

    /** The coefficients' names. */
    public List<String> names() {
        return design.data().names();
    }

    /** The fitted model. */
    public Model model() {
        fit.requireOk();
        return specification.model(names(), fit.coefficients());
    }
}
