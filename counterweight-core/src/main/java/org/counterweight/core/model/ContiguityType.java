package org.counterweight.core.model;

/**
 * The Correlates of War direct contiguity classes (Stinnett, Tir, Schafer, Diehl &amp; Gochman 2002,
 * "The Correlates of War Project Direct Contiguity Data, Version 3", <i>Conflict Management and Peace
 * Science</i> 19(2):58-66), with {@link #NONE} for the explicit non-contiguous spells.
 */
public enum ContiguityType {
    /** Not contiguous (code 0; explicit spell between periods of contiguity). */
    NONE(0, "not contiguous"),
    /** Land border or river (code 1). */
    LAND(1, "land or river border"),
    /** Separated by at most 12 miles of water (code 2). */
    SEA_12(2, "separated by 12 miles of water or less"),
    /** Separated by 13-24 miles of water (code 3). */
    SEA_24(3, "separated by 24 miles of water or less"),
    /** Separated by 25-150 miles of water (code 4). */
    SEA_150(4, "separated by 150 miles of water or less"),
    /** Separated by 151-400 miles of water (code 5). */
    SEA_400(5, "separated by 400 miles of water or less");

    private final int code;
    private final String meaning;

    ContiguityType(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The COW code, 0-5. */
    public int code() {
        return code;
    }

    /** What the code means, in words. */
    public String meaning() {
        return meaning;
    }

    /** The type for a COW code 0-5. */
    public static ContiguityType ofCode(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("contiguity type must be 0-5, got " + code);
        }
        return values()[code];
    }
}
