package org.counterweight.core.model;

/** Where an agreement stands in its life cycle on a given date. */
public enum AgreementStage {
    NOT_ANNOUNCED, ANNOUNCED, SIGNED, IN_FORCE, LAPSED
}
