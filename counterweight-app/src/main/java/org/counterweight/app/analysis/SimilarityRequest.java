package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UserFile;
import org.counterweight.app.YearRange;

/**
 * Foreign-policy similarity of one dyad over years, of every dyad in a year, or of a user's two
 * portfolios.
 *
 * @param caseId     the case whose actors the states are looked up among first (then every state)
 * @param source     what a state's portfolio is
 * @param a          first state of a dyad, or null (with {@code b}) for every dyad of one year
 * @param b          second state of a dyad, or null
 * @param years      the years; an open start is {@value #DEFAULT_YEAR}, an open end the start
 * @param portfolios a file of two portfolios {@code state,a,b[,weight]} instead of the data, or null
 */
public record SimilarityRequest(CaseId caseId, Source source, String a, String b, YearRange years,
        UserFile portfolios) {
    /** The year when none is asked for. */
    public static final int DEFAULT_YEAR = 2000;

    /** What a state's portfolio is. */
    public enum Source {
        /** ATOP alliance commitments to every COW system member (0-3), CINC-weighted where weighted. */
        ATOP,
        /** UN General Assembly votes of the calendar year (yes, abstain, no). */
        UNGA;

        /** The source named {@code text} ({@code atop}, {@code unga}). */
        public static Source parse(String text) {
            return Choices.parse(Source.class, text, "source");
        }
    }

    public SimilarityRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(years, "years");
        if ((a == null) != (b == null)) {
            throw new InvalidRequestException(a == null ? "a" : "b", "give both states of a dyad, or neither (every"
                    + " dyad of one year)");
        }
    }
}
