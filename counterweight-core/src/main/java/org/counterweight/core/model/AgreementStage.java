package org.counterweight.core.model;

/** Where an agreement stands in its life cycle on a given date. */
public enum AgreementStage {
    NOT_SIGNED, SIGNED, IN_FORCE, LAPSED
}
