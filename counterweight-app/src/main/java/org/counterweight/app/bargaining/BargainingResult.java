package org.counterweight.app.bargaining;

import java.util.List;
import java.util.Optional;
import org.counterweight.core.bargaining.IssueScale;
import org.counterweight.core.bargaining.PositionCycle;
import org.counterweight.core.bargaining.Round;
import org.counterweight.core.bargaining.Variant;
import org.counterweight.core.ensemble.QuantileBands;
import org.counterweight.core.ensemble.Tornado;

/**
 * A bargaining run: the issue, the inputs with their bases, the rounds, and the forecast when asked.
 *
 * @param issue    the issue's id, title, question and scale
 * @param variant  the variant run
 * @param q        Q, the probability of no change without a challenge
 * @param t        T, the probability that a change favours the challenger
 * @param actors   the actors' names and inputs, in the file's order
 * @param rounds   round 0 (the inputs) and each round after
 * @param forecast the Monte Carlo forecast and sensitivity, or null when none was asked
 * @param warnings what was read or mapped on the way (a carried-forward value, a state resolved by name)
 */
public record BargainingResult(Issue issue, Variant variant, double q, double t, List<ActorInputs> actors,
        List<Round> rounds, Forecast forecast, List<String> warnings) {
    public BargainingResult {
        actors = List.copyOf(actors);
        rounds = List.copyOf(rounds);
        warnings = List.copyOf(warnings);
    }

    /**
     * What is bargained over.
     *
     * @param id       the issue's id
     * @param title    its title
     * @param question the question it answers, or null
     * @param file     the file it was read from
     * @param format   csv or yaml
     * @param caseId   the case it reads, or null
     * @param year     the year its knowledge-base inputs are for, or null
     * @param scale    its scale
     * @param low      what the scale's low end means, or null
     * @param high     what its high end means, or null
     */
    public record Issue(String id, String title, String question, String file, String format, String caseId,
            Integer year, IssueScale scale, String low, String high) {
    }

    /** One actor's inputs. */
    public record ActorInputs(String name, ResolvedInput capability, ResolvedInput position, ResolvedInput salience) {
    }

    /**
     * The forecast.
     *
     * @param runs        Monte Carlo runs
     * @param seed        their base seed
     * @param median      the median-voter position's bands per round (time = round)
     * @param mean        the weighted mean's bands per round
     * @param sensitivity the last round's median at each uncertain input's low and high end
     */
    public record Forecast(int runs, long seed, QuantileBands.SeriesBands median, QuantileBands.SeriesBands mean,
            Tornado.Result sensitivity) {
    }

    /**
     * The cycle the rounds fall into, or empty when the positions come to rest or no round repeats an
     * earlier one within the rounds run; with a cycle the last round's median depends on where the run
     * stops.
     */
    public Optional<PositionCycle> cycle() {
        return PositionCycle.of(rounds);
    }

    /** The actors' names, in order. */
    public List<String> names() {
        return actors.stream().map(ActorInputs::name).toList();
    }
}
