package org.counterweight.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.YearMonth;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The tally's zero/reduce/merge laws (what lets Spark reduce within partitions and merge across them)
 * and the CAMEO root-to-QuadClass rule (Schrodt 2012, CAMEO codebook 1.1b3; GDELT's QuadClass field).
 */
class DyadTallyTest {
    @Test
    void quadClassFollowsTheCameoRoot() {
        assertThat(QuadClass.ofEventCode("010")).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(QuadClass.ofEventCode("057")).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(QuadClass.ofEventCode("0834")).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(QuadClass.ofEventCode("112")).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(QuadClass.ofEventCode("190")).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThatThrownBy(() -> QuadClass.ofEventCode("---")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuadClass.ofEventCode("21")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeanOfNoEventsIsAbsentNotZero() {
        assertThat(DyadTally.ZERO.goldsteinMean()).isNull();
        DyadTally two = DyadTally.of(QuadClass.VERBAL_COOPERATION, 3.4).reduce(QuadClass.MATERIAL_CONFLICT, -8.0);
        assertThat(two.goldsteinMean()).isCloseTo(-2.3, offset(1e-12));
        assertThat(two.cooperation()).isEqualTo(1);
        assertThat(two.material()).isEqualTo(1);
    }

    @Property(seed = "20261207")
    void mergingPartsGivesTheTallyOfTheWhole(@ForAll @Size(max = 60) java.util.List<@IntRange(min = 1, max = 4)
            Integer> quads, @ForAll @IntRange(min = 0, max = 60) int split) {
        DyadTally whole = DyadTally.ZERO;
        DyadTally left = DyadTally.ZERO;
        DyadTally right = DyadTally.ZERO;
        for (int i = 0; i < quads.size(); i++) {
            QuadClass quad = QuadClass.ofCode(quads.get(i));
            double goldstein = quads.get(i) * 2.5 - 6;
            whole = whole.reduce(quad, goldstein);
            if (i < split) {
                left = left.reduce(quad, goldstein);
            } else {
                right = right.reduce(quad, goldstein);
            }
        }
        DyadTally merged = right.merge(left);
        assertThat(merged.events()).isEqualTo(whole.events());
        assertThat(merged.verbalConflict()).isEqualTo(whole.verbalConflict());
        assertThat(merged.goldsteinSum()).isCloseTo(whole.goldsteinSum(), offset(1e-9));
        assertThat(DyadTally.ZERO.merge(whole)).isEqualTo(whole);
    }

    @Test
    void strayMonthsDoNotCountAsCovered() {
        assertThat(EventCoverage.coveredMonths(Map.of(YearMonth.of(2016, 7), 502L, YearMonth.of(2015, 7), 5L,
                YearMonth.of(2006, 7), 1L))).containsExactly(YearMonth.of(2016, 7));
        assertThat(EventCoverage.coveredMonths(Map.of(YearMonth.of(2016, 7), 90L, YearMonth.of(2016, 6), 10L)))
                .containsExactly(YearMonth.of(2016, 6), YearMonth.of(2016, 7));
    }
}
