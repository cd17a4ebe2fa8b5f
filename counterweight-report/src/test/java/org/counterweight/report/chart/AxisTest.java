package org.counterweight.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AxisTest {
    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        SplittableRandom rng = new SplittableRandom(20240501L);
        for (int i = 0; i < 2000; i++) {
            double lo = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-4, 7));
            double hi = lo + rng.nextDouble() * Math.pow(10, rng.nextInt(-4, 7));
            Axis a = Axis.nice(lo, hi, 5);
            double mant = a.step / Math.pow(10, Math.floor(Math.log10(a.step) + 1e-9));
            assertThat(Math.min(Math.min(Math.abs(mant - 1), Math.abs(mant - 2)), Math.min(Math.abs(mant - 5), Math.abs(mant - 10))))
                    .as("step %s for [%s, %s]", a.step, lo, hi).isLessThan(1e-6);
            // the domain covers the data up to a sliver far below one pixel
            assertThat(a.lo).isLessThanOrEqualTo(Math.min(lo, hi) + 1e-6 * a.step);
            assertThat(a.hi).isGreaterThanOrEqualTo(Math.max(lo, hi) - 1e-6 * a.step);
            assertThat(a.ticks.length).isBetween(2, 13);
            assertThat(Arrays.stream(a.ticks).mapToObj(a::label).distinct().count()).isEqualTo(a.ticks.length);
        }
    }

    @Test
    void tickLabelsAreCompact() {
        Axis cinc = Axis.nice(0.011, 0.138, 5);
        assertThat(cinc.step).isCloseTo(0.02, within(1e-12));
        assertThat(Arrays.stream(cinc.ticks).mapToObj(cinc::label)).containsExactly(
                "0.00", "0.02", "0.04", "0.06", "0.08", "0.10", "0.12", "0.14");
        Axis years = Axis.nice(1946, 2019, 8, 1);
        assertThat(years.label(2000)).isEqualTo("2000");
        Axis money = Axis.nice(0, 48_000, 5);
        assertThat(Arrays.stream(money.ticks).mapToObj(money::label)).containsExactly("0", "10k", "20k", "30k", "40k", "50k");
        assertThat(Axis.tick(2_500_000, 500_000, 3_000_000)).isEqualTo("2.5M");
        assertThat(Axis.tick(1500, 500, 2000)).isEqualTo("1500");
        assertThat(Axis.tick(-0.0, 0.5, 1)).isEqualTo("0.0");
        assertThat(Axis.nice(3, 3, 5).ticks).contains(3.0);
        assertThat(Axis.nice(0, 0, 5).ticks).contains(0.0);
    }

    @Test
    void wholeYearsNeverGetFractionalTicks() {
        Axis a = Axis.nice(2000, 2002, 10, 1);
        assertThat(a.step).isEqualTo(1);
    }

    @Test
    void valueLabelsHaveThreeSignificantDigitsAndNoExponent() {
        assertThat(Axis.value(73)).isEqualTo("73");
        assertThat(Axis.value(0.051234)).isEqualTo("0.0512");
        assertThat(Axis.value(12.345)).isEqualTo("12.3");
        assertThat(Axis.value(1234567)).isEqualTo("1230000");
        assertThat(SvgCharts.exact(2015)).isEqualTo("2015");
        assertThat(SvgCharts.exact(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Svg.n(12.3456)).isEqualTo("12.3");
        assertThat(Svg.n(-0.04)).isEqualTo("0");
    }
}
