package org.counterweight.io.bargaining;

/**
 * One input of one actor (its capability, position or salience) as a file states it: a number, or a
 * reference to the knowledge base; with the range a Monte Carlo run draws it from and what it rests on.
 *
 * @param line      the line it was read from
 * @param field     its field as errors name it ({@code actors[2].salience}, {@code Salience})
 * @param value     the number given, or null for a knowledge-base reference
 * @param reference the knowledge-base value it stands for, or null for a number
 * @param low       the low end of its range, or null (no range: exact, or widened by a spread)
 * @param high      the high end of its range, or null
 * @param spread    for a reference: the relative half-width of its range (0.1: +/- 10%), or null
 * @param rationale why the analyst assumes this number (required for an assumption in an issue file);
 *                  for a table row, null
 * @param source    the id of a source the case declares that supports it, or null
 * @param quote     a verbatim quote from that source, or null
 * @param locator   where in that source (section, page, paragraph), or null
 */
public record InputSpec(long line, String field, Double value, Reference reference, Double low, Double high,
        Double spread, String rationale, String source, String quote, String locator) {
    /** What a reference draws from the knowledge base. */
    public enum Measure {
        /** The state's Composite Index of National Capability (COW NMC) in the year. */
        CINC,
        /** The state's military expenditure (SIPRI, constant US$) in the year. */
        MILEX
    }

    /**
     * @param measure CINC or MILEX
     * @param state   the state as the case names it ({@code USA})
     */
    public record Reference(Measure measure, String state) {
    }

    /** A number from a table row, exact unless the row gives its range. */
    public static InputSpec given(long line, String field, double value, Double low, Double high) {
        return new InputSpec(line, field, value, null, low, high, null, null, null, null, null);
    }

    /** Whether the value comes from the knowledge base. */
    public boolean fromKnowledgeBase() {
        return reference != null;
    }

    /** Whether the file gives a range. */
    public boolean ranged() {
        return low != null || spread != null;
    }
}
