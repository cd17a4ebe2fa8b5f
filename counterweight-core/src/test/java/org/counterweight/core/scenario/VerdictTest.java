package org.counterweight.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerdictTest {
    private static final ClaimTest DECREASE = new ClaimTest("c", "PAK", "deficit", ClaimTest.Direction.DECREASE,
            Location.IN_CODE);
    private static final ClaimTest INCREASE = new ClaimTest("c", "PAK", "deficit", ClaimTest.Direction.INCREASE,
            Location.IN_CODE);

    /** 1..100 shifted: the type-7 5th and 95th percentiles of 1..100 are 5.95 and 95.05 (R: quantile(1:100, c(.05,.95))). */
    private static double[] shifted(double by) {
        return IntStream.rangeClosed(1, 100).mapToDouble(i -> i + by).toArray();
    }

    @Test
    void theBandDecides() {
        Verdict up = Verdict.of(INCREASE, shifted(0));
        assertThat(up.outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
        assertThat(up.p05()).isCloseTo(5.95, within(1e-12));
        assertThat(up.p95()).isCloseTo(95.05, within(1e-12));
        assertThat(up.shareExpected()).isEqualTo(1.0);
        assertThat(Verdict.of(DECREASE, shifted(0)).outcome()).isEqualTo(Verdict.Outcome.CONTRADICTED);
        // -5.95 .. 95.05 - 10: the band spans 0
        Verdict spans = Verdict.of(DECREASE, shifted(-10));
        assertThat(spans.outcome()).isEqualTo(Verdict.Outcome.INDETERMINATE);
        assertThat(spans.shareExpected()).isCloseTo(0.09, within(1e-12));
        assertThat(Verdict.of(DECREASE, shifted(-101)).outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
    }

    @Test
    void noChangeIsIndeterminateAndNoRunAtTheHorizonIsNotComputed() {
        assertThat(Verdict.of(INCREASE, new double[50]).outcome()).isEqualTo(Verdict.Outcome.INDETERMINATE);
        Verdict none = Verdict.of(INCREASE, new double[] {Double.NaN, Double.NaN});
        assertThat(none.outcome()).isEqualTo(Verdict.Outcome.NOT_COMPUTED);
        assertThat(none.outcome().label()).isEqualTo("not-computed");
        assertThat(Verdict.of(INCREASE, new double[] {Double.NaN, 1, 2}).outcome()).isEqualTo(Verdict.Outcome.SUPPORTED);
    }
}
