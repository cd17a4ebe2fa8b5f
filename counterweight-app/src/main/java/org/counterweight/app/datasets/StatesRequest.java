package org.counterweight.app.datasets;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.store.ColumnNames;
import org.counterweight.store.DyadFrames.Addition;

/**
 * A state-year frame to build.
 *
 * @param caseId     the case whose actor names and aliases {@code actors} may use (every state of the
 *                   country-code crosswalk is known too)
 * @param years      the frame's years, both ends given, from 1816 (the COW state system's start)
 * @param actors     only these states, or empty for every member of the system
 * @param additions  the column groups to add, each one a state-year frame has
 * @param nmcVersion the NMC version of the CINC and NMC columns, or null for the newest loaded
 * @param names      the column names: peacesciencer's, the default, or Counterweight's
 */
public record StatesRequest(CaseId caseId, YearRange years, List<String> actors, Set<Addition> additions,
        String nmcVersion, ColumnNames names) {
    public StatesRequest {
        Objects.requireNonNull(caseId, "caseId");
        if (years.from() == null || years.to() == null) {
            throw new InvalidRequestException(years.from() == null ? "from" : "to", "give the frame's first and last"
                    + " year");
        }
        if (years.first() < DyadsRequest.FIRST_YEAR) {
            throw new InvalidRequestException("from", "the COW state system starts in " + DyadsRequest.FIRST_YEAR
                    + ", got " + years.first());
        }
        actors = List.copyOf(actors);
        additions = Set.copyOf(additions);
        for (Addition addition : additions) {
            if (!addition.forStates()) {
                throw new InvalidRequestException("with", "'" + addition.label() + "' describes a pair of states;"
                        + " a state-year frame has " + String.join(",", labels()));
            }
        }
        Objects.requireNonNull(names, "names");
    }

    /** The labels of the groups a state-year frame has. */
    static List<String> labels() {
        return java.util.Arrays.stream(Addition.values()).filter(Addition::forStates).map(Addition::label).toList();
    }

    /** A request with the groups and names given by their labels (null names: peacesciencer's). */
    public static StatesRequest of(CaseId caseId, YearRange years, List<String> actors, List<String> with,
            String nmcVersion, String names) {
        return new StatesRequest(caseId, years, actors, DyadsRequest.additions(with), nmcVersion,
                DyadsRequest.names(names));
    }
}
