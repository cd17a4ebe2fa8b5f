package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An agreement between actors with its dated life cycle.
 *
 * @param id          stable id ({@code us-ind-lemoa})
 * @param name        full name
 * @param shortName   acronym or short name (LEMOA); null when none
 * @param aliases     other surface forms analysts use for it ("civil nuclear deal", "2+2 dialogue"),
 *                    matched in text case-sensitively; never null, empty when none, no blanks or duplicates
 * @param type        taxonomy type
 * @param parties     actor ids; for a sanction regime the imposer comes first
 * @param announced   when it was announced or planned, if that is recorded; null otherwise
 * @param signed      when it was signed or concluded; null while only announced
 * @param inForce     when it entered into force; null when unknown or the same as signing, except for a
 *                    membership accession: it is in force from the admission, so null there means not (yet)
 *                    admitted ({@code signed} being the application, as India's to the NSG)
 * @param lapsed      when it ended; null while it holds
 * @param description free text
 * @param evidence    sources with quotes or locators; at least one
 */
public record Agreement(String id, String name, String shortName, List<String> aliases, AgreementType type,
        List<String> parties, PartialDate announced, PartialDate signed, PartialDate inForce, PartialDate lapsed,
        String description, List<Evidence> evidence) {

    public Agreement {
        id = Checks.slug(id, "agreement id");
        name = Checks.text(name, "agreement name");
        shortName = Checks.optionalText(shortName);
        aliases = Checks.list(aliases, "aliases").stream().map(a -> Checks.text(a, "alias")).toList();
        if (Set.copyOf(aliases).size() < aliases.size()) {
            throw new IllegalArgumentException("aliases must not repeat, got " + aliases);
        }
        Objects.requireNonNull(type, "agreement type is required");
        parties = Checks.nonEmptyList(parties, "parties");
        parties.forEach(p -> Checks.actorId(p, "party"));
        if (signed == null && announced == null) {
            throw new IllegalArgumentException("an agreement needs a signed date or, if only planned, an announced date");
        }
        if (signed == null && (inForce != null || lapsed != null)) {
            throw new IllegalArgumentException("an agreement that was never signed cannot be in force or lapse");
        }
        if (signed != null && announced != null && signed.compareTo(announced) < 0) {
            throw new IllegalArgumentException("signed (" + signed + ") is before announced (" + announced + ")");
        }
        if (inForce != null && inForce.compareTo(signed) < 0) {
            throw new IllegalArgumentException("in_force (" + inForce + ") is before signed (" + signed + ")");
        }
        if (lapsed != null && lapsed.compareTo(signed) < 0) {
            throw new IllegalArgumentException("lapsed (" + lapsed + ") is before signed (" + signed + ")");
        }
        description = Checks.optionalText(description);
        evidence = Checks.nonEmptyList(evidence, "evidence");
    }

    /** The first date recorded for it: signing, or the announcement when earlier or alone. */
    public PartialDate firstDate() {
        return announced != null ? announced : signed;
    }

    /**
     * The stage on a day; a partial date counts from its earliest possible day. A membership accession
     * without {@code inForce} stays signed: an application is not in force until the member is admitted.
     */
    public AgreementStage stageOn(LocalDate day) {
        if (day.isBefore(firstDate().earliest())) {
            return AgreementStage.NOT_ANNOUNCED;
        }
        if (signed == null || day.isBefore(signed.earliest())) {
            return AgreementStage.ANNOUNCED;
        }
        if (lapsed != null && !day.isBefore(lapsed.earliest())) {
            return AgreementStage.LAPSED;
        }
        PartialDate effective = inForce != null ? inForce : type == AgreementType.MEMBERSHIP_ACCESSION ? null : signed;
        return effective == null || day.isBefore(effective.earliest()) ? AgreementStage.SIGNED
                : AgreementStage.IN_FORCE;
    }

    /** Whether the agreement is signed or in force at any time during the year. */
    public boolean activeIn(int year) {
        return signed != null && signed.year() <= year && (lapsed == null || lapsed.year() >= year);
    }

    public boolean involves(String actorId) {
        return parties.contains(actorId);
    }
}
