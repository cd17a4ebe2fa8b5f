package org.counterweight.core.scenario;

import java.util.List;
import java.util.Objects;
import org.counterweight.core.expenditure.ExpenditureHistory;
import org.counterweight.core.expenditure.Model;

/**
 * An actor of a scenario with its expenditure equation: the specification selected for it by its
 * out-of-sample record ({@code docs/models/specifications.md}), at its point estimate and as
 * admissible parameter draws, and its observed history (the lags and exogenous paths the equation
 * reads before the start year). An actor without a selection is held at its start-year level
 * ({@link #held}).
 *
 * @param id                 actor id
 * @param history            its observed series (expenditure, threat, GDP, hostility)
 * @param point              the equation at its point estimate
 * @param draws              admissible parameter draws of the equation (at least one)
 * @param rejectionRate      the share of the estimator's draws rejected as inadmissible (NaN: none drawn)
 * @param evidenceOfReaction whether the record shows a reaction to threat
 * @param statement          what every output depending on the actor says, e.g. "PAK: drift, no
 *                           evidence of reaction"
 */
public record SimulatedActor(String id, ExpenditureHistory history, Model point, List<Model> draws,
        double rejectionRate, boolean evidenceOfReaction, String statement) {
    public SimulatedActor {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(statement, "statement");
        if (!point.specification().positiveByConstruction()) {
            throw new IllegalArgumentException(id + ": " + point.specification().id()
                    + " is not positive by construction and may not drive a simulation");
        }
        draws = List.copyOf(draws);
        if (draws.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " needs at least one parameter draw");
        }
    }

    /**
     * An actor the selection could not fit, held at its level of {@code year}: the drift with μ = 0,
     * no uncertainty.
     */
    public static SimulatedActor held(ExpenditureHistory history, int year, String reason) {
        Model still = new org.counterweight.core.expenditure.RandomWalkWithDrift().model(List.of("const"),
                new double[] {0});
        return new SimulatedActor(history.actor(), history, still, List.of(still), Double.NaN, false,
                history.actor() + ": not selected (" + reason + "), held at its " + year
                        + " level; no evidence of reaction");
    }

    /** Its observed expenditure in {@code year}, NaN where absent. */
    public double level(int year) {
        return history.level(year);
    }
}
