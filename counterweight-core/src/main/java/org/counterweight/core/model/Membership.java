package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;

/** An actor's membership (or bid, or observer status) in an organisation over a period. */
public record Membership(String member, String organisation, MembershipRole role, TimeSpan period,
        List<Evidence> evidence) {
    public Membership {
        member = Checks.actorId(member, "member");
        organisation = Checks.actorId(organisation, "organisation");
        Objects.requireNonNull(role, "role is required");
        Objects.requireNonNull(period, "period is required");
        evidence = Checks.nonEmptyList(evidence, "evidence");
    }
}
