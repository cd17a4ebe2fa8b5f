package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An agreement between actors with its dated life cycle.
 *
 * @param id          stable id ({@code us-ind-lemoa})
 * @param name        full name
 * @param shortName   acronym or short name (LEMOA); null when none
 * @param type        taxonomy type
 * @param parties     actor ids; for a sanction regime the imposer comes first
 * @param signed      when it was signed, concluded or announced
 * @param inForce     when it entered into force; null when unknown or the same as signing
 * @param lapsed      when it ended; null while it holds
 * @param description free text
 * @param evidence    sources with quotes or locators; at least one
 */
public record Agreement(String id, String name, String shortName, AgreementType type, List<String> parties,
        PartialDate signed, PartialDate inForce, PartialDate lapsed, String description, List<Evidence> evidence) {

    public Agreement {
        id = Checks.slug(id, "agreement id");
        name = Checks.text(name, "agreement name");
        shortName = Checks.optionalText(shortName);
        Objects.requireNonNull(type, "agreement type is required");
        parties = Checks.nonEmptyList(parties, "parties");
        parties.forEach(p -> Checks.actorId(p, "party"));
        Objects.requireNonNull(signed, "signed date is required");
        if (inForce != null && inForce.compareTo(signed) < 0) {
            throw new IllegalArgumentException("in_force (" + inForce + ") is before signed (" + signed + ")");
        }
        if (lapsed != null && lapsed.compareTo(signed) < 0) {
            throw new IllegalArgumentException("lapsed (" + lapsed + ") is before signed (" + signed + ")");
        }
        description = Checks.optionalText(description);
        evidence = Checks.nonEmptyList(evidence, "evidence");
    }

    /** The stage on a day; a partial date counts from its earliest possible day. */
    public AgreementStage stageOn(LocalDate day) {
        if (day.isBefore(signed.earliest())) {
            return AgreementStage.NOT_SIGNED;
        }
        if (lapsed != null && !day.isBefore(lapsed.earliest())) {
            return AgreementStage.LAPSED;
        }
        PartialDate effective = inForce == null ? signed : inForce;
        return day.isBefore(effective.earliest()) ? AgreementStage.SIGNED : AgreementStage.IN_FORCE;
    }

    /** Whether the agreement is signed or in force at any time during the year. */
    public boolean activeIn(int year) {
        return signed.year() <= year && (lapsed == null || lapsed.year() >= year);
    }

    public boolean involves(String actorId) {
        return parties.contains(actorId);
    }
}
