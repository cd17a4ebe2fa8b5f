package org.counterweight.core.bargaining;

import java.util.random.RandomGenerator;
import org.counterweight.core.scenario.Range;

/**
 * An actor whose inputs the analyst gives as ranges: a base value for each (what a single run uses)
 * and the range a Monte Carlo run draws it from, uniformly (a point range: no uncertainty).
 *
 * @param base       the actor with its base values, each inside its range
 * @param capability the capability's range, low >= 0
 * @param position   the position's range
 * @param salience   the salience's range, within [0, 1]
 */
public record UncertainActor(BargainingActor base, Range capability, Range position, Range salience) {
    public UncertainActor {
        if (base == null || capability == null || position == null || salience == null) {
            throw new IllegalArgumentException("an uncertain actor needs its base values and three ranges");
        }
        check(base.name(), "capability", base.capability(), capability);
        check(base.name(), "position", base.position(), position);
        check(base.name(), "salience", base.salience(), salience);
        if (capability.low() < 0) {
            throw new IllegalArgumentException(base.name() + ": capability range " + capability + " goes below 0");
        }
        if (salience.low() < 0 || salience.high() > 1) {
            throw new IllegalArgumentException(base.name() + ": salience range " + salience + " leaves [0, 1]");
        }
    }

    /** An actor known exactly. */
    public static UncertainActor fixed(BargainingActor actor) {
        return new UncertainActor(actor, Range.point(actor.capability()), Range.point(actor.position()),
                Range.point(actor.salience()));
    }

    /**
     * One draw of the actor: capability, position and salience in that order, each consuming one number
     * from {@code random} whether or not its range is a point, so that the other actors' draws stay
     * aligned when one range changes (common random numbers).
     */
    public BargainingActor draw(RandomGenerator random) {
        return new BargainingActor(base.name(), capability.draw(random), position.draw(random), salience.draw(random));
    }

    /** Whether any input has a range wider than a point. */
    public boolean uncertain() {
        return capability.high() > capability.low() || position.high() > position.low()
                || salience.high() > salience.low();
    }

    private static void check(String name, String input, double value, Range range) {
        if (value < range.low() || value > range.high()) {
            throw new IllegalArgumentException(name + ": " + input + " " + value + " lies outside its range " + range);
        }
    }
}
