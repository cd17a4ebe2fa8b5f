package org.counterweight.core.model;

/** A list of independent states with its own numeric codes. */
public enum StateSystem {
    /**
     * Correlates of War State System Membership (Correlates of War Project 2017, "State System
     * Membership List, v2016"): states of the interstate system from 1816.
     */
    COW,
    /**
     * Gleditsch &amp; Ward (1999), "A revised list of independent states since the Congress of
     * Vienna", <i>International Interactions</i> 25(4):393-413, including microstates.
     */
    GW
}
