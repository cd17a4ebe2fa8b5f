package org.counterweight.core.bargaining;

import java.util.List;

/**
 * The state after one round of bargaining (round 0: the inputs as given).
 *
 * @param number        0 for the inputs, then 1, 2, ...
 * @param positions     each actor's position after the round, in the actors' order
 * @param riskExponents the risk exponents r_i the round's offers were computed with (NaN in round 0)
 * @param median        the median-voter position after the round
 * @param mean          the capability-salience-weighted mean position after the round
 * @param accepted      the offers accepted in the round, by receiver index (none in round 0)
 */
public record Round(int number, double[] positions, double[] riskExponents, double median, double mean,
        List<Offer> accepted) {
    public Round {
        positions = positions.clone();
        riskExponents = riskExponents.clone();
        accepted = List.copyOf(accepted);
    }

    @Override
    public double[] positions() {
        return positions.clone();
    }

    @Override
    public double[] riskExponents() {
        return riskExponents.clone();
    }

    /** Actor i's position after the round. */
    public double position(int actor) {
        return positions[actor];
    }
}
