package org.counterweight.core.ensemble;

/** A run of an ensemble failed, or the ensemble was interrupted; the message names the run. */
public final class EnsembleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int runIndex;

    EnsembleException(int runIndex, String message, Throwable cause) {
        super(message, cause);
        this.runIndex = runIndex;
    }

    /** The failing run's index, or -1 when no single run is to blame (interruption). */
    public int runIndex() {
        return runIndex;
    }
}
