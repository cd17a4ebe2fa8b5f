package org.counterweight.app;

/**
 * Whether treaty obligations (ATOP) and strategic rivalries hold past their datasets' last years, for
 * the years the datasets do not reach yet (the present). Carried values are always marked so, with the
 * year they were carried from.
 */
public enum Carry {
    /**
     * The obligations in force and the rivalries still going at a dataset's end hold on, until the
     * knowledge base records their end (a curated relation or agreement for the pair overrules them; a
     * curated state discontinuity, {@code core.model.ObligationEnd}, ends all carried obligations of its
     * state after its year): the default of present-day views.
     */
    FORWARD,
    /** After a dataset's end its evidence is not covered: no value, never a zero. */
    NONE
}
