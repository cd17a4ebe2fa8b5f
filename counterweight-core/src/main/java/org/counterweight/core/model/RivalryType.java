package org.counterweight.core.model;

/** Thompson &amp; Dreyer's (2012) kinds of strategic rivalry; one rivalry may have several. */
public enum RivalryType {
    /** Contest over territory. */
    SPATIAL,
    /** Contest over relative position or influence in a system or region. */
    POSITIONAL,
    /** Contest over the relative virtues of political or economic systems. */
    IDEOLOGICAL,
    /** One side intervenes in the other's internal affairs. */
    INTERVENTIONARY
}
