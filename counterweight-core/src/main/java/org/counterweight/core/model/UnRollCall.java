package org.counterweight.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One recorded vote of the UN General Assembly, from Erik Voeten's "United Nations General Assembly
 * Voting Data" (Harvard Dataverse hdl:1902.1/12379; Voeten 2013) as packaged by the R package
 * unvotes. Flags the data leave uncoded are null, not false.
 *
 * @param rcid        roll-call id, unique across the data
 * @param session     General Assembly session (1 = 1946)
 * @param important   US State Department "important vote" (coded from session 39), or null
 * @param date        date of the vote
 * @param resolution  resolution symbol ("R/1/66"), or null
 * @param amendment   whether the vote was on an amendment (coded until 1985), or null
 * @param paragraph   whether the vote was on a paragraph (coded until 1985), or null
 * @param shortTitle  short description, or null
 * @param description long description, or null
 * @param issues      the issue areas the vote is assigned to; may be empty
 */
public record UnRollCall(int rcid, int session, Boolean important, LocalDate date, String resolution,
        Boolean amendment, Boolean paragraph, String shortTitle, String description, List<UnIssue> issues) {

    public UnRollCall {
        if (rcid < 1) {
            throw new IllegalArgumentException("rcid must be positive, got " + rcid);
        }
        if (session < 1) {
            throw new IllegalArgumentException("session must be positive, got " + session);
        }
        Objects.requireNonNull(date, "date is required");
        resolution = Checks.optionalText(resolution);
        shortTitle = Checks.optionalText(shortTitle);
        description = Checks.optionalText(description);
        issues = Checks.list(issues, "issues");
    }
}
