package org.counterweight.io.events;

import java.io.Serializable;

/**
 * A line of an event dump left out of the store, with why: the file, the 1-based line, the field
 * (or null) and the problem. The import goes on past it.
 *
 * @param file    the file's name
 * @param line    the 1-based line
 * @param field   the column, or null when the line as a whole is bad
 * @param defect  what kind of problem
 * @param problem the problem, naming the value
 */
public record EventErratum(String file, long line, String field, EventDefect defect, String problem)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
