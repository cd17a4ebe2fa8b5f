package org.counterweight.core.model;

import java.util.Objects;

/**
 * One state's vote on one UN General Assembly roll call (Voeten, hdl:1902.1/12379). Only yes,
 * abstain and no are recorded; a state absent from a roll call has no record.
 *
 * @param rcid  roll-call id (see {@link UnRollCall})
 * @param ccode COW code of the voting state (365 covers both the USSR and Russia; 713 is the
 *              Republic of China's seat before 1971)
 * @param vote  the vote cast
 */
public record UnVote(int rcid, int ccode, VoteChoice vote) {

    public UnVote {
        if (rcid < 1) {
            throw new IllegalArgumentException("rcid must be positive, got " + rcid);
        }
        StateCodes.code(ccode, "ccode");
        Objects.requireNonNull(vote, "vote is required");
    }
}
