package org.counterweight.core.actor;

/**
 * A reference that names no actor, or names a state in none of the years asked; the message says
 * which, with the closest names or the state's years. Callers translate it into their own kind of
 * bad-input error.
 */
public final class UnresolvedReferenceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnresolvedReferenceException(String message) {
        super(message);
    }
}
