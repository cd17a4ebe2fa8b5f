package org.counterweight.core.model;

/**
 * Why a cell holds or lacks a value. A zero is a {@link #VALUE}; a gap never becomes zero.
 */
public enum ValueStatus {
    /** A figure was published (it may be 0). */
    VALUE,
    /** The dataset covers this cell but publishes no figure (COW -9 or blank, SIPRI "..."). */
    MISSING,
    /** The actor did not exist as an independent state then (SIPRI "xxx"). */
    NOT_INDEPENDENT,
    /** The cell lies outside the dataset's coverage (years after its last release year, states it omits). */
    NOT_COVERED
}
