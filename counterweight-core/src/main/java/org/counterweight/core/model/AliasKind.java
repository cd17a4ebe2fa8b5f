package org.counterweight.core.model;

/** How a text refers to an actor. */
public enum AliasKind {
    /** A full or common name ("India", "Republic of India"). */
    NAME,
    /** An abbreviation ("US", "PRC"). */
    ABBREVIATION,
    /** A capital or seat of government standing for the state ("New Delhi", "the Kremlin"). */
    METONYM,
    /** An adjectival or demonym form ("Indian", "Pakistani"). */
    ADJECTIVE,
    /** A form used only inside hyphenated compounds ("Indo" in Indo-US, "Sino" in Sino-Pak). */
    COMBINING,
    /**
     * A person who speaks or acts for the actor: head of state or government, foreign or defence
     * minister, national security adviser, army chief ("Narendra Modi", "Jaishankar"). Resolved to
     * the actor without term dates, as the actor dictionaries of event coders such as TABARI and
     * PETRARCH list leaders with their country (those also restrict each role to its dates).
     */
    PERSON
}
