package org.counterweight.core.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A state's estimated position on the dominant dimension of UN General Assembly voting in one
 * calendar year (Bailey, Strezhnev &amp; Voeten 2017, "Estimating Dynamic State Preferences from
 * United Nations Voting Data", <i>Journal of Conflict Resolution</i> 61(2):430-56; July 2025 release,
 * raw votes from the UNGA-DM database of Fjelstul, Hug &amp; Kilby 2025). Higher values are closer to
 * the US-led Western position. Unitless; roughly -3 to +3. Empty when not estimated.
 *
 * @param ccode           COW code
 * @param year            calendar year
 * @param idealPointFp    estimate from final-passage votes only
 * @param idealPointAll   estimate from all votes, including amendment and paragraph votes
 * @param idealPointLegacy the older session-based estimate (year = session + 1945)
 * @param nVotesFp        final-passage votes used, or null
 * @param nVotesAll       all votes used, or null
 * @param nVotesLegacy    votes used by the legacy estimate, or null
 * @param q5Fp            5th posterior percentile of {@code idealPointFp}
 * @param q95Fp           95th posterior percentile of {@code idealPointFp}
 * @param q5All           5th posterior percentile of {@code idealPointAll}
 * @param q95All          95th posterior percentile of {@code idealPointAll}
 */
public record IdealPoint(int ccode, int year, OptionalDouble idealPointFp, OptionalDouble idealPointAll,
        OptionalDouble idealPointLegacy, Integer nVotesFp, Integer nVotesAll, Integer nVotesLegacy,
        OptionalDouble q5Fp, OptionalDouble q95Fp, OptionalDouble q5All, OptionalDouble q95All) {

    public IdealPoint {
        StateCodes.code(ccode, "ccode");
        Checks.year(year, "year");
        for (OptionalDouble value : List.of(idealPointFp, idealPointAll, idealPointLegacy, q5Fp, q95Fp, q5All,
                q95All)) {
            Objects.requireNonNull(value, "estimates must be OptionalDouble, not null");
            if (value.isPresent()) {
                Checks.finite(value.getAsDouble(), "ideal point");
            }
        }
        for (Integer n : new Integer[] {nVotesFp, nVotesAll, nVotesLegacy}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("vote counts must be >= 0, got " + n);
            }
        }
    }
}
