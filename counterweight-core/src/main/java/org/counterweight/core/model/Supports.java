package org.counterweight.core.model;

/**
 * What a piece of {@link Evidence} backs in an entry that holds over a period (a relation, a
 * membership): that it exists, when it started, or when it ended. A period's bounds are facts of
 * their own and need sources of their own: the quote that shows a partnership existed rarely dates
 * its end.
 */
public enum Supports {
    /** That the entry holds at all (the default). */
    EXISTENCE,
    /** The date its period starts. */
    START,
    /** The date its period ends. */
    END
}
