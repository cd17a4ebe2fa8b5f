package org.counterweight.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void writesTheShortestPlainDecimal() {
        assertThat(Numbers.shortest(0.1)).isEqualTo("0.1");
        assertThat(Numbers.shortest(3.0)).isEqualTo("3");
        assertThat(Numbers.shortest(-0.000125)).isEqualTo("-0.000125");
        assertThat(Numbers.shortest(1.5e6)).isEqualTo("1500000");
        assertThat(Numbers.shortest(1e23)).isEqualTo("100000000000000000000000");
        assertThat(Numbers.shortest(-0.0)).isEqualTo("0");
        assertThat(Numbers.shortest(Double.NaN)).isNull();
        assertThat(Numbers.shortest(Double.NEGATIVE_INFINITY)).isNull();
        assertThat(Numbers.shortest(0.1f)).isEqualTo("0.1");
        assertThat(Numbers.format(new BigDecimal("1.2300"))).isEqualTo("1.23");
        assertThat(Numbers.format(7L)).isEqualTo("7");
    }

    /**
     * JDK 17's Double.toString is not always shortest (JDK-4511638, fixed in JDK 19): it writes
     * 2.82879384806159E17 as 2.82879384806159008E17. Our digits are the 15 that read back.
     */
    @Test
    void isShorterThanJdk17ToStringWhereThatOneIsLong() {
        assertThat(Numbers.shortest(2.82879384806159E17)).isEqualTo("282879384806159000");
    }

    /**
     * Sums of published figures are written as the figure the arithmetic stands for; values with 16 or 17
     * genuine digits keep them.
     */
    @Test
    void dropsTheBinaryNoiseOfAFewAdditions() {
        assertThat(Numbers.shortest(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Numbers.shortest(0.25315940000000003)).isEqualTo("0.2531594");
        assertThat(Numbers.shortest(0.11824854800000001)).isEqualTo("0.118248548");
        assertThat(Numbers.shortest(0.069258898 + 0.013316745 + 0.00994575822723645)).isEqualTo(
                "0.09252140122723645");
        assertThat(Numbers.shortest(1.0 / 3)).isEqualTo("0.3333333333333333");
        assertThat(Numbers.shortest(25.0 / 33)).isEqualTo("0.7575757575757576");
    }

    @Property(tries = 2000, seed = "17")
    void readsBackWithinTheNoiseAndIsNeverLongerThanToString(@ForAll double value) {
        String text = Numbers.shortest(value);
        if (!Double.isFinite(value)) {
            assertThat(text).isNull();
            return;
        }
        double back = Double.parseDouble(text);
        assertThat(Math.abs(back - value)).isLessThanOrEqualTo(Numbers.NOISE_ULPS * Math.ulp(value));
        assertThat(text).doesNotContain("E").doesNotContain("e");
        int ours = new BigDecimal(text).stripTrailingZeros().precision();
        int jdk = new BigDecimal(Double.toString(value)).stripTrailingZeros().precision();
        assertThat(ours).isLessThanOrEqualTo(jdk);
    }
}
