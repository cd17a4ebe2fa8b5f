package org.counterweight.core.model;

/** How a member voted on a UN General Assembly roll call (absence and non-membership are not votes). */
public enum VoteChoice {
    YES, ABSTAIN, NO
}
