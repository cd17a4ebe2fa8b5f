package org.counterweight.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
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
        DyadTally two = DyadTally.of(QuadClass.VERBAL_COOPERATION, 3.4, null).reduce(QuadClass.MATERIAL_CONFLICT, -8.0,
                null);
        assertThat(two.goldsteinMean()).isCloseTo(-2.3, offset(1e-12));
        assertThat(two.cooperation()).isEqualTo(1);
        assertThat(two.material()).isEqualTo(1);
    }

    @Property(seed = "20261207")
    void mergingPartsGivesTheTallyOfTheWhole(@ForAll @Size(max = 60) List<@IntRange(min = 1, max = 4)
            Integer> quads, @ForAll @IntRange(min = 0, max = 60) int split) {
        DyadTally whole = DyadTally.ZERO;
        DyadTally left = DyadTally.ZERO;
        DyadTally right = DyadTally.ZERO;
        for (int i = 0; i < quads.size(); i++) {
            QuadClass quad = QuadClass.ofCode(quads.get(i));
            double goldstein = quads.get(i) * 2.5 - 6;
            whole = whole.reduce(quad, goldstein, i % 3 == 0 ? null : i);
            if (i < split) {
                left = left.reduce(quad, goldstein, i % 3 == 0 ? null : i);
            } else {
                right = right.reduce(quad, goldstein, i % 3 == 0 ? null : i);
            }
        }
        DyadTally merged = right.merge(left);
        assertThat(merged.events()).isEqualTo(whole.events());
        assertThat(merged.verbalConflict()).isEqualTo(whole.verbalConflict());
        assertThat(merged.goldsteinSum()).isCloseTo(whole.goldsteinSum(), offset(1e-9));
        assertThat(List.of(merged.mentionedEvents(), merged.mentions())).isEqualTo(List.of(whole.mentionedEvents(),
                whole.mentions()));
        assertThat(merged.mentionWeightedGoldstein()).isCloseTo(whole.mentionWeightedGoldstein(), offset(1e-6));
        assertThat(DyadTally.ZERO.merge(whole)).isEqualTo(whole);
    }

    @Test
    void strayMonthsDoNotCountAsCovered() {
        assertThat(EventCoverage.coveredMonths(Map.of(YearMonth.of(2016, 7), 502L, YearMonth.of(2015, 7), 5L,
                YearMonth.of(2006, 7), 1L))).containsExactly(YearMonth.of(2016, 7));
        assertThat(EventCoverage.coveredMonths(Map.of(YearMonth.of(2016, 7), 90L, YearMonth.of(2016, 6), 10L)))
                .containsExactly(YearMonth.of(2016, 6), YearMonth.of(2016, 7));
    }

    /**
     * Mention weighting by hand: three GDELT events with NumMentions 10, 2 and 1 and Goldstein 3.0
     * (CAMEO 040, consult), -2.0 (112, accuse) and 7.0 (057, sign formal agreement). Weighted sum
     * 10 x 3.0 + 2 x -2.0 + 1 x 7.0 = 33.0; weighted mean 33.0 / 13 = 2.5384615...; the unweighted mean
     * is 8.0 / 3 = 2.6666667.
     */
    @Test
    void mentionWeightedGoldsteinAsComputedByHand() {
        DyadTally three = DyadTally.of(QuadClass.VERBAL_COOPERATION, 3.0, 10)
                .reduce(QuadClass.VERBAL_CONFLICT, -2.0, 2).reduce(QuadClass.VERBAL_COOPERATION, 7.0, 1);
        assertThat(three.mentionWeightedGoldsteinSum()).isCloseTo(33.0, offset(1e-12));
        assertThat(three.mentionWeightedGoldsteinMean()).isCloseTo(33.0 / 13, offset(1e-12));
        assertThat(three.goldsteinMean()).isCloseTo(8.0 / 3, offset(1e-12));
        assertThat(three.mentionBasis()).isEqualTo("event-based");
    }

    @Test
    void anEventWithoutMentionsLeavesTheWeightedValuesNotCoveredNeverZero() {
        DyadTally mixed = DyadTally.of(QuadClass.VERBAL_COOPERATION, 3.0, 10).reduce(QuadClass.VERBAL_CONFLICT, -2.0,
                null);
        assertThat(mixed.mentionWeightedGoldsteinSum()).isNull();
        assertThat(mixed.mentionWeightedGoldsteinMean()).isNull();
        assertThat(mixed.mentionBasis()).isEqualTo("not covered: 1 of 2 events have no mention count (ICEWS codes"
                + " none)");
        assertThat(mixed.goldsteinMean()).isCloseTo(0.5, offset(1e-12));
        assertThat(DyadTally.ZERO.mentionWeightedGoldsteinSum()).isEqualTo(0.0);
        assertThat(DyadTally.ZERO.mentionWeightedGoldsteinMean()).isNull();
    }

    @Test
    void oneADayKeepsTheFirstEventOfAGroupByFileAndLine() {
        OneADay.Candidate later = new OneADay.Candidate("b.tsv", 2, "0001", QuadClass.VERBAL_COOPERATION, 3.0, 4);
        OneADay.Candidate first = new OneADay.Candidate("a.tsv", 9, "0002", QuadClass.VERBAL_COOPERATION, 3.0, 1);
        OneADay.Candidate sameFileEarlier = new OneADay.Candidate("a.tsv", 3, "0002", QuadClass.VERBAL_COOPERATION,
                3.0, 7);
        assertThat(OneADay.kept(later, first)).isEqualTo(first);
        assertThat(OneADay.kept(first, sameFileEarlier)).isEqualTo(sameFileEarlier);
        assertThat(OneADay.key(2, 770, "040", LocalDate.of(2019, 6, 1))).isEqualTo(OneADay.key(2, 770, "040",
                LocalDate.of(2019, 6, 1))).isNotEqualTo(OneADay.key(2, 770, "040", LocalDate.of(2019, 6, 2)));
    }

    @Test
    void periodsLabelDaysIsoWeeksMonthsAndYears() {
        LocalDate newYear = LocalDate.of(2021, 1, 1);
        assertThat(EventPeriod.DAY.label(newYear)).isEqualTo("2021-01-01");
        // 1 January 2021 was a Friday: ISO 8601 puts it in the last week of 2020, which has 53 weeks
        assertThat(EventPeriod.WEEK.label(newYear)).isEqualTo("2020-W53");
        assertThat(EventPeriod.WEEK.span("2020-W53")).isEqualTo(new EventPeriod.Span(LocalDate.of(2020, 12, 28),
                LocalDate.of(2021, 1, 3)));
        assertThat(EventPeriod.WEEK.label(LocalDate.of(2016, 7, 28))).isEqualTo("2016-W30");
        assertThat(EventPeriod.MONTH.label(newYear)).isEqualTo("2021-01");
        assertThat(EventPeriod.YEAR.span("2016").days()).isEqualTo(366);
        assertThat(EventPeriod.WEEK.labels(2021, 2021)).startsWith("2020-W53", "2021-W01").endsWith("2021-W52");
        assertThat(EventPeriod.WEEK.span(2021, 2021)).isEqualTo(new EventPeriod.Span(LocalDate.of(2020, 12, 28),
                LocalDate.of(2022, 1, 2)));
        assertThat(EventPeriod.DAY.labels(2016, 2016)).hasSize(366);
        assertThatThrownBy(() -> EventPeriod.WEEK.span("2021-W53")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventPeriod.parse("fortnight")).hasMessageContaining("day, week, month or year");
    }

    @Test
    void aFileCoversTheDaysOfItsEventsInItsCoveredMonths() {
        Map<YearMonth, EventPeriod.Span> spans = Map.of(YearMonth.of(2016, 7), new EventPeriod.Span(
                LocalDate.of(2016, 7, 27), LocalDate.of(2016, 7, 28)), YearMonth.of(2006, 7), new EventPeriod.Span(
                        LocalDate.of(2006, 7, 3), LocalDate.of(2006, 7, 3)));
        assertThat(EventCoverage.coveredDays(spans, java.util.Set.of(YearMonth.of(2016, 7)))).contains(
                new EventPeriod.Span(LocalDate.of(2016, 7, 27), LocalDate.of(2016, 7, 28)));
        assertThat(EventCoverage.coveredDays(spans, java.util.Set.of())).isEmpty();
    }
}
