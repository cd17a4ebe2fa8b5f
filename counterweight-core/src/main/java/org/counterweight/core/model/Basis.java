package org.counterweight.core.model;

import java.util.Objects;

/**
 * Where a value comes from, so that no reader takes a gap, a carried-forward figure or a curator's
 * judgement for an observation.
 *
 * @param kind     what kind of basis
 * @param source   the dataset (with version) or source id behind the value
 * @param fromYear for {@link Kind#CARRIED_FORWARD}, the year whose value is carried; otherwise null
 * @param note     the rule applied, or why there is no value; may be null for plain observations
 */
public record Basis(Kind kind, String source, Integer fromYear, String note) {
    /** The kinds of basis a value can have. */
    public enum Kind {
        /** Published by the dataset for this cell. */
        OBSERVED,
        /** The dataset's value of an earlier year ({@link Basis#fromYear()}), used under a stated rule. */
        CARRIED_FORWARD,
        /** A curator's reading of a source, with a quote or locator. */
        CURATED,
        /** Derived from coded events. */
        EVENT_BASED,
        /** Computed by a stated estimation procedure. */
        ESTIMATED,
        /** The dataset covers the cell but publishes no figure (it is not 0). */
        MISSING,
        /** Outside what the dataset covers (its years or its states); no value. */
        NOT_COVERED
    }

    public Basis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if ((kind == Kind.CARRIED_FORWARD) != (fromYear != null)) {
            throw new IllegalArgumentException("a year to carry forward from goes with CARRIED_FORWARD only, got "
                    + kind + " from " + fromYear);
        }
    }

    public static Basis observed(String source) {
        return new Basis(Kind.OBSERVED, source, null, null);
    }

    public static Basis carriedForward(String source, int fromYear, String rule) {
        return new Basis(Kind.CARRIED_FORWARD, source, fromYear, rule);
    }

    public static Basis missing(String source) {
        return new Basis(Kind.MISSING, source, null, null);
    }

    public static Basis notCovered(String source, String reason) {
        return new Basis(Kind.NOT_COVERED, source, null, reason);
    }

    /** Whether the basis carries a value at all. */
    public boolean hasValue() {
        return kind != Kind.MISSING && kind != Kind.NOT_COVERED;
    }

    /** A short label: "observed", "carried-forward-from-2016", "missing", "not-covered". */
    public String label() {
        return kind == Kind.CARRIED_FORWARD ? "carried-forward-from-" + fromYear : Labels.label(kind);
    }
}
