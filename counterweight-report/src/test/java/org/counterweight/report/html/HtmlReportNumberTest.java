package org.counterweight.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Numbers as the report prints them: readable, and never "-0". */
class HtmlReportNumberTest {
    @Test
    void negativeValuesThatRoundToZeroReadAsZero() {
        assertThat(HtmlReport.number(-0.0)).isEqualTo("0");
        assertThat(HtmlReport.number(-1e-9)).isEqualTo("0");
        assertThat(HtmlReport.number(-0.0000004)).isEqualTo("0");
        assertThat(HtmlReport.number(-0.0000006)).isEqualTo("-0.000001");
        assertThat(HtmlReport.number(-0.04239)).isEqualTo("-0.0424");
        assertThat(HtmlReport.number(287.64)).isEqualTo("287.6");
        assertThat(HtmlReport.number(12)).isEqualTo("12");
    }

    @Property(seed = "16")
    void noNumberPrintsAsNegativeZero(@ForAll @DoubleRange(min = -1e-3, max = 0) @Scale(12) double value) {
        assertThat(HtmlReport.number(value)).doesNotMatch("-0(\\.0*)?");
    }
}
