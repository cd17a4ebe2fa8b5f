package org.counterweight.io.events;

/**
 * The known defects of event dumps, each handled one way and counted per import. Rows with the
 * first three are kept out of the store (and listed as errata); rows with the others are kept.
 */
public enum EventDefect {
    /** A line that cannot be read: wrong column count, a date or number that does not parse. */
    BAD_LINE("bad line", false),
    /**
     * A date before the dataset starts (GDELT 1979, ICEWS 1995): GDELT's 2020 files hold rows dated
     * 1920 (a two-digit year read as 19xx); which date was meant is not known, so the row is left out.
     */
    DATE_BEFORE_DATASET("date before the dataset starts (GDELT's 1920-for-2020 rows)", false),
    /** EventCode "---" or "X" (or blank): no CAMEO event, so no QuadClass or Goldstein value. */
    NO_EVENT_CODE("no CAMEO event code ('---', 'X' or blank)", false),
    /** An actor or country code with spaces around it: trimmed. */
    PADDED_ACTOR("padded actor code (trimmed)", true),
    /** An event without a source or target country (blank code, "NA"): stored, in no state dyad. */
    BLANK_ACTOR("blank actor country (stored, in no dyad)", true),
    /** An ICEWS country name no CAMEO code is known for: stored without a country. */
    UNMAPPED_COUNTRY("country name without a CAMEO code (stored, in no dyad)", true),
    /** An event id and date seen before in the same import (ICEWS ids repeat; keyed on id and date): left out. */
    REPEATED_EVENT("repeated event id and date (left out)", false);

    private final String description;
    private final boolean rowKept;

    EventDefect(String description, boolean rowKept) {
        this.description = description;
        this.rowKept = rowKept;
    }

    public String description() {
        return description;
    }

    /** Whether a row with this defect is still stored. */
    public boolean rowKept() {
        return rowKept;
    }
}
