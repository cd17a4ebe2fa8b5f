package org.counterweight.core.model;

/** Kinds of standing relation between two actors. */
public enum RelationType {
    RIVALRY, PARTNERSHIP, ALLIANCE, DISPUTE, SANCTION, DEPENDENCE, ALIGNMENT
}
