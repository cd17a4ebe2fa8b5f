package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.store.ColumnNames;
import org.counterweight.store.DyadFrames.Addition;

/**
 * A dyad-year frame to build.
 *
 * @param caseId     the case whose actor names and aliases {@code actors} may use (every state of the
 *                   country-code crosswalk is known too)
 * @param years      the frame's years, both ends given, from 1816 (the COW state system's start)
 * @param actors     only dyads among these states, or empty for every pair of system members
 * @param directed   both A-B and B-A; otherwise one row per pair (ccode1 &lt; ccode2)
 * @param additions  the column groups to add
 * @param nmcVersion the NMC version of the CINC columns, or null for the newest loaded
 * @param carry      whether ATOP obligations and rivalries (and the similarity of alliance portfolios) are
 *                   carried past their datasets' last years, marked in the basis columns; otherwise not
 *                   covered there
 * @param names      the column names: peacesciencer's (and fpsim's), the default, or Counterweight's
 */
public record DyadsRequest(CaseId caseId, YearRange years, List<String> actors, boolean directed,
        Set<Addition> additions, String nmcVersion, Carry carry, ColumnNames names) {
    /** The first year of the COW state system. */
    public static final int FIRST_YEAR = 1816;

    public DyadsRequest {
        Objects.requireNonNull(caseId, "caseId");
        if (years.from() == null || years.to() == null) {
            throw new InvalidRequestException(years.from() == null ? "from" : "to", "give the frame's first and last"
                    + " year");
        }
        if (years.first() < FIRST_YEAR) {
            throw new InvalidRequestException("from", "the COW state system starts in " + FIRST_YEAR + ", got "
                    + years.first());
        }
        actors = List.copyOf(actors);
        additions = Set.copyOf(additions);
        Objects.requireNonNull(names, "names");
    }

    /**
     * A request with the column groups given by their labels ({@code cinc}, {@code alliance}, ...) and the
     * names by theirs ({@code peacesciencer}, {@code counterweight}; null for peacesciencer's).
     */
    public static DyadsRequest of(CaseId caseId, YearRange years, List<String> actors, boolean directed,
            List<String> with, String nmcVersion, Carry carry, String names) {
        return new DyadsRequest(caseId, years, actors, directed, additions(with), nmcVersion, carry, names(names));
    }

    /** The column groups given by their labels. */
    static Set<Addition> additions(List<String> with) {
        List<Addition> additions = new ArrayList<>();
        for (String label : with) {
            try {
                additions.add(Addition.fromLabel(label));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("with", e.getMessage());
            }
        }
        return Set.copyOf(additions);
    }

    /** The column names given by their label; peacesciencer's for null. */
    static ColumnNames names(String label) {
        try {
            return label == null ? ColumnNames.PEACESCIENCER : ColumnNames.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("names", e.getMessage());
        }
    }
}
