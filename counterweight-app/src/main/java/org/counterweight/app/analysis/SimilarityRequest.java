package org.counterweight.app.analysis;

import java.util.List;
import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.UserFile;
import org.counterweight.app.YearRange;

/**
 * Foreign-policy similarity of some dyads over years, of every dyad in a year, or of a user's two
 * portfolios.
 *
 * @param caseId     the case whose actors the states are looked up among first (then every state)
 * @param source     what a state's portfolio is
 * @param dyads      the dyads, or none for every dyad of one year
 * @param years      the years; an open start is {@value #DEFAULT_YEAR}, an open end the start
 * @param portfolios a file of two portfolios {@code state,a,b[,weight]} instead of the data, or null
 * @param carry      for alliance portfolios: whether the years after ATOP's last are computed from ATOP's last
 *                   year's commitments (marked carried) or refused
 */
public record SimilarityRequest(CaseId caseId, Source source, List<Dyad> dyads, YearRange years,
        UserFile portfolios, Carry carry) {
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

    /** Two states, as the user named them: {@code a} and {@code b} name the request's parameters in errors. */
    public record Dyad(String a, String b) {
        public Dyad {
            if (a == null || b == null) {
                throw new InvalidRequestException(a == null ? "a" : "b", "give both states of a dyad, or neither"
                        + " (every dyad of one year)");
            }
        }
    }

    public SimilarityRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(carry, "carry");
        dyads = List.copyOf(dyads);
    }

    /** One dyad ({@code a} and {@code b}), or every dyad of a year (both null). */
    public SimilarityRequest(CaseId caseId, Source source, String a, String b, YearRange years, UserFile portfolios,
            Carry carry) {
        this(caseId, source, a == null && b == null ? List.of() : List.of(new Dyad(a, b)), years, portfolios, carry);
    }
}
