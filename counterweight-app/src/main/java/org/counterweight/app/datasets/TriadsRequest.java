package org.counterweight.app.datasets;

import java.util.List;
import java.util.Objects;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;
import org.counterweight.store.ColumnNames;
import org.counterweight.store.DyadFrames.Addition;

/**
 * A triad-year (k-adic, k = 3) frame to build.
 *
 * @param caseId     the case whose actor names and aliases {@code actors} may use
 * @param years      the frame's years, both ends given, from 1816
 * @param actors     the states whose triads are wanted: {@value #MIN_ACTORS} to {@value #MAX_ACTORS}
 * @param nmcVersion the NMC version of the CINC columns, or null for the newest loaded
 * @param carry      whether ATOP obligations and rivalries are carried past their datasets' last years
 * @param names      the column names: peacesciencer's, the default, or Counterweight's
 */
public record TriadsRequest(CaseId caseId, YearRange years, List<String> actors, String nmcVersion, Carry carry,
        ColumnNames names) {
    /** A triad needs three states. */
    public static final int MIN_ACTORS = 3;
    /** At most this many states: 4,060 triads a year. */
    public static final int MAX_ACTORS = 30;

    public TriadsRequest {
        Objects.requireNonNull(caseId, "caseId");
        actors = List.copyOf(actors);
        if (actors.size() < MIN_ACTORS || actors.size() > MAX_ACTORS) {
            throw new InvalidRequestException("actors", "name " + MIN_ACTORS + " to " + MAX_ACTORS + " states (a triad"
                    + " frame of every system member would have millions of rows a year), got " + actors.size());
        }
        Objects.requireNonNull(carry, "carry");
        Objects.requireNonNull(names, "names");
    }

    /** A request with the names given by their label (null: peacesciencer's). */
    public static TriadsRequest of(CaseId caseId, YearRange years, List<String> actors, String nmcVersion,
            Carry carry, String names) {
        return new TriadsRequest(caseId, years, actors, nmcVersion, carry, DyadsRequest.names(names));
    }

    /** The dyad-year frame the triads are made of: non-directed, CINC, ATOP obligations and rivalry. */
    DyadsRequest dyads() {
        return new DyadsRequest(caseId, years, actors, false, java.util.Set.of(Addition.CINC,
                Addition.ALLIANCE, Addition.RIVALRY), nmcVersion, carry,
                ColumnNames.PEACESCIENCER);
    }
}
