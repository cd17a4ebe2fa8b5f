package org.counterweight.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.model.NationalCapabilities;
import org.junit.jupiter.api.Test;

class CompositeIndexOfNationalCapabilityTest {

    private static OptionalDouble v(double value) {
        return OptionalDouble.of(value);
    }

    private static NationalCapabilities state(int code, OptionalDouble milex, OptionalDouble milper,
            OptionalDouble irst, OptionalDouble pec, OptionalDouble tpop, OptionalDouble upop) {
        return new NationalCapabilities("test", code, "S" + code, 2000, milex, milper, irst, pec, tpop, upop,
                OptionalDouble.empty());
    }

    /**
     * Hand-computed three-state system. Shares, state 1: milex 10/40, milper 1/4, irst 2/4, pec 1/2,
     * tpop 5/10, upop 1/4, mean = (0.25+0.25+0.5+0.5+0.5+0.25)/6 = 0.375. State 3 has no irst: its
     * mean is over five components and irst's total excludes it.
     */
    @Test
    void averagesAvailableSharesAndExcludesMissingFromTotalsAndMean() {
        List<NationalCapabilities> system = List.of(
                state(1, v(10), v(1), v(2), v(1), v(5), v(1)),
                state(2, v(30), v(2), v(2), v(0.5), v(3), v(2)),
                state(3, v(0), v(1), OptionalDouble.empty(), v(0.5), v(2), v(1)));

        List<CompositeIndexOfNationalCapability.Score> scores = CompositeIndexOfNationalCapability.compute(system);

        assertThat(scores).hasSize(3);
        assertThat(scores.get(0).cinc()).isCloseTo(0.375, within(1e-12));
        assertThat(scores.get(1).cinc()).isCloseTo((0.75 + 0.5 + 0.5 + 0.25 + 0.3 + 0.5) / 6, within(1e-12));
        assertThat(scores.get(2).cinc()).isCloseTo((0.0 + 0.25 + 0.25 + 0.2 + 0.25) / 5, within(1e-12));
        assertThat(scores.get(2).componentsUsed()).isEqualTo(5);
    }

    @Test
    void aStateWithNoComponentHasNoScore() {
        OptionalDouble none = OptionalDouble.empty();
        List<NationalCapabilities> system = List.of(
                state(1, v(10), v(1), v(2), v(1), v(5), v(1)),
                state(2, none, none, none, none, none, none));

        assertThat(CompositeIndexOfNationalCapability.compute(system))
                .extracting(CompositeIndexOfNationalCapability.Score::cowCode).containsExactly(1);
    }
}
