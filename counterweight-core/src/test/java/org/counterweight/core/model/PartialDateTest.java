package org.counterweight.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesThreePrecisions() {
        assertThat(PartialDate.parse("2016")).isEqualTo(PartialDate.ofYear(2016));
        assertThat(PartialDate.parse("2022-04").latest()).isEqualTo(LocalDate.of(2022, 4, 30));
        assertThat(PartialDate.parse("2020-10-27").earliest()).isEqualTo(LocalDate.of(2020, 10, 27));
    }

    @Test
    void rejectsImpossibleDatesNamingThem() {
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30")).hasMessageContaining("1-28");
        assertThatThrownBy(() -> PartialDate.parse("May 2021")).hasMessageContaining("'May 2021'");
        assertThatThrownBy(() -> PartialDate.parse("2021-13")).hasMessageContaining("month");
    }

    @Test
    void ordersLessPreciseDatesFirstWithinTheirYear() {
        List<PartialDate> dates = new java.util.ArrayList<>(List.of(
                PartialDate.parse("2018-09-06"), PartialDate.parse("2018"), PartialDate.parse("2017-11")));
        java.util.Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString).containsExactly("2017-11", "2018", "2018-09-06");
    }

    @Property
    void printingAndParsingRoundTrip(@ForAll @IntRange(min = 1000, max = 2999) int year,
            @ForAll @IntRange(min = 0, max = 12) int month, @ForAll @IntRange(min = 0, max = 28) int day) {
        PartialDate date = new PartialDate(year, month, month == 0 ? 0 : day);
        assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
    }
}
