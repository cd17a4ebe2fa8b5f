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
 */
public record InterventionSpec(double time, String label, Kind kind, String a, String b, Range magnitude,
        String source) {

    /** What an intervention changes. */
    public enum Kind {
        /** Set the tie a-b to the magnitude (in [-1, 1]). */
        SET_TIE,
        /** Add the magnitude to the tie a-b (clamped to [-1, 1]). */
        SHIFT_TIE,
        /** Multiply a's economic capacity (the spending ceiling) by the magnitude. */
        SCALE_CAPACITY,
        /** Multiply a's expenditure level by the magnitude (a budget shock). */
        SCALE_LEVEL,
        /** Add the magnitude to a's grievance (autonomous drive, US$ bn per year). */
        SHIFT_GRIEVANCE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isTie() {
            return this == SET_TIE || this == SHIFT_TIE;
        }
    }

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
        if (kind == Kind.SET_TIE && (magnitude.low() < -1 || magnitude.high() > 1)) {
            throw new IllegalArgumentException("a tie value must lie in [-1, 1], got " + magnitude);
        }
        if ((kind == Kind.SCALE_CAPACITY || kind == Kind.SCALE_LEVEL) && !(magnitude.low() > 0)) {
            throw new IllegalArgumentException("a scale factor must be positive, got " + magnitude);
        }
    }
}
