package org.counterweight.core.model;

/** An actor's standing in an organisation. */
public enum MembershipRole {
    FOUNDER, MEMBER, OBSERVER, APPLICANT, DIALOGUE_PARTNER, PARTICIPANT
}
