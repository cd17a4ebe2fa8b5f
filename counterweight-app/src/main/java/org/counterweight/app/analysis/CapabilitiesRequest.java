package org.counterweight.app.analysis;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.YearRange;

/**
 * A state's NMC components and CINC, and its SIPRI military expenditure, by year.
 *
 * @param caseId     the case whose actors the state is looked up among first (then every state)
 * @param actor      the state (ISO3 code, COW code, name)
 * @param years      the years; an open start is the first year with data, an open end the last year of
 *                   either dataset
 * @param nmcVersion the NMC version to read, or null for the newest loaded
 */
public record CapabilitiesRequest(CaseId caseId, String actor, YearRange years, String nmcVersion) {
    public CapabilitiesRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(years, "years");
        if (actor == null || actor.isBlank()) {
            throw new InvalidRequestException("actor", "name a state");
        }
    }
}
