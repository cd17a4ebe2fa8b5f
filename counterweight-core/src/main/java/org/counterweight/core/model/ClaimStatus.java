package org.counterweight.core.model;

/** Review status: curated claims are reviewed by hand; machine-extracted ones start as proposed. */
public enum ClaimStatus {
    CURATED, PROPOSED, ACCEPTED, REJECTED;

    /** Whether analyses may use a claim with this status. */
    public boolean feedsAnalyses() {
        return this == CURATED || this == ACCEPTED;
    }
}
