package org.counterweight.core.model;

/** What sort of actor: a sovereign state, an international organisation or initiative, or a non-state group. */
public enum ActorKind {
    STATE, ORGANISATION, NON_STATE
}
