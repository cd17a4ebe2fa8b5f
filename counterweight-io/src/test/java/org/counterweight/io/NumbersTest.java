package org.counterweight.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 15 "Why" point 8: {@code 0x1p3} was read as 8; now only plain decimals are numbers. */
class NumbersTest {
    @Test
    void plainDecimalsAreRead() {
        assertThat(Numbers.decimal("12")).isEqualTo(12);
        assertThat(Numbers.decimal("-0.5")).isEqualTo(-0.5);
        assertThat(Numbers.decimal("+.5")).isEqualTo(0.5);
        assertThat(Numbers.decimal("1.5e3")).isEqualTo(1500);
        assertThat(Numbers.decimal("7.")).isEqualTo(7);
        assertThat(Numbers.integer("-0042")).isEqualTo(-42);
    }

    @Test
    void everythingElseJavaAcceptsIsRefused() {
        for (String text : new String[] {"0x1p3", "1d", "1f", "NaN", "Infinity", "-Infinity", " 1", "1 ", "1e",
                "", ".", "e3", "1,5", "١٢", "1_000", "0x10"}) {
            assertThatThrownBy(() -> Numbers.decimal(text)).as(text).isInstanceOf(NumberFormatException.class)
                    .hasMessageContaining("expected a decimal number");
        }
        assertThatThrownBy(() -> Numbers.decimal("1e400")).hasMessageContaining("beyond the range");
        assertThatThrownBy(() -> Numbers.integer("1.0")).hasMessageContaining("expected a whole number");
        assertThatThrownBy(() -> Numbers.integer("9".repeat(19))).hasMessageContaining("expected a whole number");
        assertThatThrownBy(() -> Numbers.integer("100000000", 1, 1_000_000)).hasMessageContaining(
                "must be 1-1000000, got 100000000");
    }
}
