package org.counterweight.core.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * What a scenario expects of a claim it tests, in a form an ensemble can judge: the direction of the
 * scenario-minus-baseline difference of one actor's measure at the horizon ({@link Verdict}).
 *
 * @param claim    the claim's id in the case
 * @param actor    the actor whose measure is judged
 * @param measure  one of {@link ScenarioSimulation#MEASURES}
 * @param expect   the direction the claim implies
 * @param location where the scenario file states it
 */
public record ClaimTest(String claim, String actor, String measure, Direction expect, Location location) {
    /** The claimed sign of scenario minus baseline. */
    public enum Direction {
        INCREASE, DECREASE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ClaimTest {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("a test needs a claim id");
        }
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a test needs an actor");
        }
        if (!ScenarioSimulation.MEASURES.contains(measure)) {
            throw new IllegalArgumentException("measure must be one of " + ScenarioSimulation.MEASURES + ", got '"
                    + measure + "'");
        }
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(location, "location");
    }

    /** The series it judges, as the simulation names it ({@code PAK.deficit}). */
    public String series() {
        return actor + "." + measure;
    }
}
