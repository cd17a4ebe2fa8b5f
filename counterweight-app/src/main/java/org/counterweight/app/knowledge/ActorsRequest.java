package org.counterweight.app.knowledge;

import java.util.Objects;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;

/**
 * Which actors to list, or which name to resolve.
 *
 * @param caseId  the case whose actors are listed and whose names and aliases are understood
 * @param all     also every state of the country-code crosswalk, not only the case's actors
 * @param resolve a name, code, metonym, person or compound ("New Delhi", "Modi", "Sino-Pak", "770")
 *                to resolve instead of listing, or null; when given, {@code all} is ignored
 */
public record ActorsRequest(CaseId caseId, boolean all, String resolve) {
    public ActorsRequest {
        Objects.requireNonNull(caseId, "caseId");
        if (resolve != null && resolve.isBlank()) {
            throw new InvalidRequestException("resolve", "give a name, code, metonym, person or compound to resolve");
        }
    }
}
