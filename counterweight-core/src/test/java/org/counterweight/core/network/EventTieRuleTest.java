package org.counterweight.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.counterweight.core.events.DyadTally;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.Sign;
import org.junit.jupiter.api.Test;

/**
 * The event tie rule on tallies whose means were computed by hand: 35 events, 30 consultations at
 * Goldstein +1.9 (CAMEO 042, GDELT's CAMEO.goldsteinscale.txt) and 5 accusations at -2.0 (112):
 * sum 30 x 1.9 - 5 x 2.0 = 47.0, mean 47/35 = 1.342857, weight 0.1342857.
 */
class EventTieRuleTest {
    private static final DyadTally MOSTLY_CONSULTATIONS = new DyadTally(35, 30, 0, 5, 0, 47.0, 0, 0, 0.0);

    @Test
    void aCooperativeYearIsAPositiveTieWeightedByItsMeanGoldsteinValue() {
        TieEvidence evidence = EventTieRule.evidence("JPN", "UKR", 2022, MOSTLY_CONSULTATIONS, "1 of 12 months")
                .orElseThrow();
        assertThat(evidence.sign()).isEqualTo(Sign.POSITIVE);
        assertThat(evidence.weight()).isCloseTo(0.1342857, offset(1e-6));
        assertThat(evidence.eventBased()).isTrue();
        assertThat(evidence.reason()).contains("35 events", "mean Goldstein +1.34", "cooperation 30", "conflict 5");
    }

    @Test
    void fewEventsOrAMixedMeanGiveNoEvidence() {
        assertThat(EventTieRule.evidence("A", "B", 2022, new DyadTally(19, 19, 0, 0, 0, 190, 0, 0, 0.0), "")).isEmpty();
        // 20 events, sum 10: mean 0.5, below the threshold of 1
        assertThat(EventTieRule.evidence("A", "B", 2022, new DyadTally(20, 10, 0, 10, 0, 10, 0, 0, 0.0), "")).isEmpty();
    }

    @Test
    void aConflictualYearIsNegativeAndTheWeightIsCapped() {
        // 20 events at -10 (CAMEO 190, use conventional military force): mean -10, weight capped at 0.5
        TieEvidence war = EventTieRule.evidence("A", "B", 2022, new DyadTally(20, 0, 0, 0, 20, -200, 0, 0, 0.0), "")
                .orElseThrow();
        assertThat(war.sign()).isEqualTo(Sign.NEGATIVE);
        assertThat(war.weight()).isEqualTo(EventTieRule.MAX_WEIGHT);
    }

    @Test
    void eventsAloneDecideAnEventBasedTieAndCuratedEvidenceOverrulesThem() {
        TieEvidence events = EventTieRule.evidence("JPN", "UKR", 2022, MOSTLY_CONSULTATIONS, "").orElseThrow();
        SignRules.Tie alone = SignRules.resolve(List.of(events)).ties().get(0);
        assertThat(alone.basis().kind()).isEqualTo(Basis.Kind.EVENT_BASED);
        assertThat(alone.basis().label()).isEqualTo("event-based");

        TieEvidence carried = new TieEvidence("JPN", "UKR", Sign.POSITIVE, 0.25, false, "ATOP consultation", 2018);
        assertThat(SignRules.resolve(List.of(carried, events)).ties().get(0).basis().kind())
                .isEqualTo(Basis.Kind.CARRIED_FORWARD);

        TieEvidence curated = new TieEvidence("JPN", "UKR", Sign.NEGATIVE, 0.3, true, "relation x");
        SignRules.Tie overruled = SignRules.resolve(List.of(events, curated)).ties().get(0);
        assertThat(overruled.basis().kind()).isEqualTo(Basis.Kind.CURATED);
        assertThat(overruled.overruled()).hasSize(1);
    }
}
