package org.counterweight.core.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.counterweight.core.power.CapabilityDistribution.Bloc;
import org.junit.jupiter.api.Test;

class PowerTest {
    /** NMC 7.0 CINC, 2019: USA 0.12..., IND 0.0955..., PAK 0.0177..., CHN 0.236... (rounded here for the arithmetic). */
    private final Map<String, Double> cinc = Map.of("USA", 0.12, "IND", 0.10, "PAK", 0.02, "CHN", 0.24);

    @Test
    void effectiveCapabilityAddsWeightedPartners() {
        AlignmentWeights weights = AlignmentWeights.builder().mutual("USA", "IND", 0.5).set("PAK", "CHN", 0.25)
                .set("PAK", "RUS", 0.1).build();

        EffectiveCapability.Result india = EffectiveCapability.of("IND", cinc, weights);
        EffectiveCapability.Result pakistan = EffectiveCapability.of("PAK", cinc, weights);

        assertThat(india.effective()).isCloseTo(0.10 + 0.5 * 0.12, within(1e-12));
        assertThat(pakistan.effective()).isCloseTo(0.02 + 0.25 * 0.24, within(1e-12));
        assertThat(pakistan.missingPartners()).containsExactly("RUS");
        assertThat(india.effective() / pakistan.effective()).isCloseTo(0.16 / 0.08, within(1e-12));
    }

    @Test
    void blocSharesSumMembersAndRefuseToGuessGaps() {
        List<CapabilityDistribution.Entry> entries = CapabilityDistribution.of(
                List.of(new Bloc("USA+IND", List.of("USA", "IND")), new Bloc("PAK+CHN", List.of("PAK", "CHN"))), cinc);
        assertThat(entries.get(0).capability()).isCloseTo(0.22, within(1e-12));
        assertThat(entries.get(0).share()).isCloseTo(0.22 / 0.48, within(1e-12));

        List<CapabilityDistribution.Entry> partial = CapabilityDistribution.of(
                List.of(new Bloc("PAK+RUS", List.of("PAK", "RUS")), new Bloc("IND", List.of("IND"))), cinc);
        assertThat(partial.get(0).capability()).isNull();
        assertThat(partial.get(0).missingMembers()).containsExactly("RUS");
        assertThat(partial.get(1).share()).isNull();
    }

    @Test
    void weightsAreValidated() {
        assertThatThrownBy(() -> AlignmentWeights.builder().set("IND", "USA", 1.5)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> AlignmentWeights.builder().set("IND", "IND", 0.5)).hasMessageContaining("own partner");
        assertThatThrownBy(() -> EffectiveCapability.of("RUS", cinc, AlignmentWeights.none()))
                .hasMessageContaining("no capability figure for RUS");
    }
}
