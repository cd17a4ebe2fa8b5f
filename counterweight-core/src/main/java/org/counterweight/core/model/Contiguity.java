package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A directed spell of direct contiguity from the COW Direct Contiguity data v3.2 (Stinnett et al.
 * 2002, <i>Conflict Management and Peace Science</i> 19(2):58-66), as processed by peacesciencer:
 * both directions are listed, and type {@link ContiguityType#NONE} spells mark periods in which a
 * once-contiguous dyad was not contiguous.
 *
 * @param ccode1 COW code of the first state
 * @param ccode2 COW code of the second state
 * @param type   contiguity class
 * @param start  first day of the spell
 * @param end    last day of the spell
 */
public record Contiguity(int ccode1, int ccode2, ContiguityType type, LocalDate start, LocalDate end) {

    public Contiguity {
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        Objects.requireNonNull(type, "contiguity type is required");
        Objects.requireNonNull(start, "start date is required");
        Objects.requireNonNull(end, "end date is required");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end date " + end + " is before start date " + start);
        }
    }
}
