package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One continuous spell of a state's membership in a state system. A state whose membership was
 * interrupted (occupation, union) has several spells under the same code.
 *
 * @param system       which list: {@link StateSystem#COW} or {@link StateSystem#GW}
 * @param code         the numeric state code of that system (1-999)
 * @param abbreviation the system's three-letter abbreviation ("IND")
 * @param name         the system's state name
 * @param start        first day of membership
 * @param end          last day of membership (the list's end date when still a member)
 * @param microstate   G-W only: whether the entity is on the microstate list; always false for COW
 */
public record StateSystemSpell(StateSystem system, int code, String abbreviation, String name,
        LocalDate start, LocalDate end, boolean microstate) {

    public StateSystemSpell {
        Objects.requireNonNull(system, "state system is required");
        StateCodes.code(code, "code");
        abbreviation = Checks.text(abbreviation, "abbreviation");
        name = Checks.text(name, "name");
        Objects.requireNonNull(start, "start date is required");
        Objects.requireNonNull(end, "end date is required");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end date " + end + " is before start date " + start);
        }
        if (microstate && system != StateSystem.GW) {
            throw new IllegalArgumentException("only the Gleditsch-Ward list flags microstates");
        }
    }

    /** Whether the state was a member on {@code date}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
