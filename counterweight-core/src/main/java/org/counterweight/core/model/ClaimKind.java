package org.counterweight.core.model;

/** Articles mix reporting, analysis and advice; claims keep them apart. */
public enum ClaimKind {
    /** Something reported as true and checkable (a date, a number, an agreement signed). */
    FACT,
    /** The author's analytical judgement ("the Indo-US nexus is exacerbating Pakistan's security dilemma"). */
    ASSESSMENT,
    /** Advice on what an actor should do. */
    RECOMMENDATION
}
