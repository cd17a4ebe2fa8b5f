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

    @Property(tries = 2000)
    void readsBackExactlyAndIsNeverLongerThanToString(@ForAll double value) {
        String text = Numbers.shortest(value);
        if (!Double.isFinite(value)) {
            assertThat(text).isNull();
            return;
        }
        assertThat(Double.parseDouble(text)).isEqualTo(value == 0.0 ? 0.0 : value);
        assertThat(text).doesNotContain("E").doesNotContain("e");
        int ours = new BigDecimal(text).stripTrailingZeros().precision();
        int jdk = new BigDecimal(Double.toString(value)).stripTrailingZeros().precision();
        assertThat(ours).isLessThanOrEqualTo(jdk);
    }
}
