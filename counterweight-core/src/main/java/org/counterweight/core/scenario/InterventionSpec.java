package org.counterweight.core.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * A dated change to the system, with an uncertain magnitude.
 *
 * @param time      when, in years (2021.6 is about August 2021)
 * @param label     what it stands for
 * @param kind      what it changes
 * @param a         the actor changed (or one end of the tie)
 * @param b         the other end of the tie (tie kinds only), else null
 * @param magnitude the new tie value, the tie shift, or the factor, drawn per run
 * @param source    the claim, recommendation or source the change rests on
 * @param location  where the scenario file gives it (the intervention's list item)
 */
public record InterventionSpec(double time, String label, Kind kind, String a, String b, Range magnitude,
        String source, Location location) {

    /** What an intervention changes. */
    public enum Kind {
        /** Set an existing tie a-b (non-zero where it acts) to the magnitude, in [-1, 1]; 0 ends it. */
        SET_TIE,
        /** Add the magnitude to an existing tie a-b (clamped to [-1, 1]). */
        SHIFT_TIE,
        /** Create the tie a-b, absent (0) where it acts, at the magnitude, in [-1, 1]. */
        CREATE_TIE,
        /**
         * Multiply a's expenditure in the year it acts by the magnitude (a budget shock, a sanction's
         * loss of capacity); the equation carries on from the new level.
         */
        SCALE_LEVEL;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isTie() {
            return this == SET_TIE || this == SHIFT_TIE || this == CREATE_TIE;
        }
    }

    /** The largest scale factor: a hundredfold budget (the US's 1939-1944 wartime growth was about seventyfold). */
    public static final double MAX_SCALE_FACTOR = 100;

    public InterventionSpec {
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("time must be finite");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "actor a");
        if (kind.isTie() == (b == null)) {
            throw new IllegalArgumentException(kind.isTie() ? "a tie change needs actors a and b"
                    : "a " + kind.label() + " change takes one actor, not b");
        }
        Objects.requireNonNull(magnitude, "magnitude");
        Objects.requireNonNull(location, "location");
        if ((kind == Kind.SET_TIE || kind == Kind.CREATE_TIE) && (magnitude.low() < -1 || magnitude.high() > 1)) {
            throw new IllegalArgumentException("a tie value must lie in [-1, 1], got " + magnitude);
        }
        if (kind == Kind.CREATE_TIE && magnitude.low() <= 0 && magnitude.high() >= 0) {
            throw new IllegalArgumentException("a created tie must be non-zero: its range must not contain 0, got "
                    + magnitude);
        }
        if (kind == Kind.SCALE_LEVEL && !(magnitude.low() > 0)) {
            throw new IllegalArgumentException("a scale factor must be positive, got " + magnitude);
        }
        if (magnitude.low() < lowestMagnitude(kind) || magnitude.high() > highestMagnitude(kind)) {
            throw new IllegalArgumentException("a " + kind.label() + " magnitude must lie in [" + lowestMagnitude(kind)
                    + ", " + highestMagnitude(kind) + "], got " + magnitude);
        }
    }

    /**
     * The least magnitude a kind takes: -1 for a tie's value, -2 for a shift (from 1 to -1), 0 for
     * a scale factor (which must moreover be positive).
     */
    public static double lowestMagnitude(Kind kind) {
        return switch (kind) {
            case SET_TIE, CREATE_TIE -> -1;
            case SHIFT_TIE -> -2;
            case SCALE_LEVEL -> 0;
        };
    }

    /** The greatest magnitude a kind takes: 1 for a tie's value, 2 for a shift, {@value #MAX_SCALE_FACTOR} for a scale factor. */
    public static double highestMagnitude(Kind kind) {
        return switch (kind) {
            case SET_TIE, CREATE_TIE -> 1;
            case SHIFT_TIE -> 2;
            case SCALE_LEVEL -> MAX_SCALE_FACTOR;
        };
    }

    /**
     * The year it acts on: the first year of the yearly simulation at or after its date
     * (⌈time⌉; an August 2021 change, 2021.6, acts on 2022).
     */
    public int year() {
        return (int) Math.ceil(time);
    }
}
