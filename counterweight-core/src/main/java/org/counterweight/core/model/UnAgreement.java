package org.counterweight.core.model;

/**
 * How often two states voted alike in the UN General Assembly in one calendar year: over the roll
 * calls on which both voted yes, abstain or no, a score of 1 for the same vote, 0.5 when one
 * abstained, 0 for yes against no, averaged (the index described in Voeten's codebook; Lijphart
 * 1963). Computed for Counterweight's focal states from Voeten's roll-call data (hdl:1902.1/12379);
 * not a Voeten product.
 *
 * @param ccode1      COW code of the first state (the smaller code)
 * @param ccode2      COW code of the second state
 * @param year        calendar year
 * @param agree       agreement in [0, 1]
 * @param nJointVotes roll calls on which both states voted (at least 1)
 */
public record UnAgreement(int ccode1, int ccode2, int year, double agree, int nJointVotes) {
    /**
     * The fewest joint roll calls a vote-similarity value is reported from: with fewer, one vote moves an
     * agreement share by more than a tenth (and S or kappa from one or two joint votes is 1 or -1), so
     * the pair is "not covered" that year rather than given a number that looks like a measurement.
     */
    public static final int MIN_JOINT_VOTES = 10;

    public UnAgreement {
        StateCodes.code(ccode1, "ccode1");
        StateCodes.code(ccode2, "ccode2");
        if (ccode1 >= ccode2) {
            throw new IllegalArgumentException("ccode1 must be less than ccode2, got " + ccode1 + " and " + ccode2);
        }
        Checks.year(year, "year");
        if (!(agree >= 0 && agree <= 1)) {
            throw new IllegalArgumentException("agreement must be in [0, 1], got " + agree);
        }
        if (nJointVotes < 1) {
            throw new IllegalArgumentException("joint votes must be at least 1, got " + nJointVotes);
        }
    }
}
