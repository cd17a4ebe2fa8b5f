package org.counterweight.app.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.text.Mention;

/**
 * What one article states, and what became of it.
 *
 * @param title      the article's title as the request gave it, or null
 * @param sourceId   the source id of the request, or null
 * @param empty      whether the article was blank (then nothing was extracted, stored or compared)
 * @param sentences  how many sentences the clean text has
 * @param findings   each finding, in the extractor's order
 * @param stored     what storing the findings as proposed claims did, when asked
 * @param comparison the proposed claims against the curated ones, when asked
  * @param charactersRead how much of the clean text was read
 * @param characters     the clean text's length
 */
public record IngestResult(String title, String sourceId, boolean empty, int sentences, List<Finding> findings,
        Optional<Stored> stored, Optional<Comparison> comparison, int charactersRead, int characters) {
    public IngestResult {
        findings = List.copyOf(findings);
    }

    /** Whether the whole clean text was read (a listing stops at {@link IngestService#READ_BUDGET}). */
    public boolean complete() {
        return charactersRead >= characters;
    }

    /**
     * One finding: its offsets {@code start}/{@code end} refer to the clean text (furniture dropped,
     * HTML decoded), {@code fileStart}/{@code fileEnd} to the characters of the file as decoded.
     */
    public record Finding(Mention mention, int fileStart, int fileEnd) {
    }

    /**
     * The findings stored as proposed claims.
     *
     * @param caseId  the case they are stored as ({@code ingest-<source id>})
     * @param claims  how many proposed claims the findings gave
     * @param changed false when the same article had already been ingested (nothing changed, reviews kept)
     */
    public record Stored(String caseId, int claims, boolean changed) {
    }

    /** How a curated or proposed claim fared in the comparison. */
    public enum Outcome {
        /** A curated claim with a proposed counterpart. */
        MATCHED,
        /** A curated claim without one. */
        MISSED,
        /** A proposed claim without a curated counterpart (new, or noise). */
        NEW;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One row of the comparison.
     *
     * @param curatedId         the curated claim, or null for a new one
     * @param proposedId        the proposed claim, or null for a missed one
     * @param proposedPredicate the proposed claim's predicate, or null
     * @param quote             the curated claim's quote (normalised), or the proposed claim's sentence
     */
    public record ComparedClaim(Outcome outcome, ClaimKind kind, String curatedId, String proposedId,
            String proposedPredicate, String quote) {
    }

    /**
     * Proposed claims against the case's curated claims quoted from one source: curated claims first
     * (matched or missed) in their order, then the proposed claims no curated one matched.
     */
    public record Comparison(String sourceId, List<ComparedClaim> claims) {
        public Comparison {
            claims = List.copyOf(claims);
        }

        public long count(Outcome outcome) {
            return claims.stream().filter(c -> c.outcome() == outcome).count();
        }

        /** How many curated claims quote the source. */
        public long curated() {
            return count(Outcome.MATCHED) + count(Outcome.MISSED);
        }
    }
}
