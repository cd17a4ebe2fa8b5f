package org.counterweight.core.model;

import java.util.Objects;

/**
 * A number with its {@link Basis}. Without a value (missing, not covered) the number is NaN, never 0.
 *
 * @param value the number, NaN exactly when the basis carries no value
 * @param basis where it comes from
 */
public record BasedValue(double value, Basis basis) {
    public BasedValue {
        Objects.requireNonNull(basis, "basis");
        if (basis.hasValue() == Double.isNaN(value)) {
            throw new IllegalArgumentException("a " + basis.label() + " value " + (basis.hasValue() ? "needs a number"
                    : "has no number") + ", got " + value);
        }
    }

    /** No value, for the reason the basis gives. */
    public static BasedValue none(Basis basis) {
        return new BasedValue(Double.NaN, basis);
    }

    public boolean present() {
        return basis.hasValue();
    }
}
