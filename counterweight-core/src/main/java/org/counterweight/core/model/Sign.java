package org.counterweight.core.model;

/** The sign of a tie in a signed network. */
public enum Sign {
    POSITIVE(1), NEGATIVE(-1);

    private final int value;

    Sign(int value) {
        this.value = value;
    }

    /** +1 or -1. */
    public int value() {
        return value;
    }
}
