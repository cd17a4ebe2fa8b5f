package org.counterweight.core.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.model.NationalCapabilities;
import org.junit.jupiter.api.Test;

class SeriesBreaksTest {
    private static NationalCapabilities row(int year, double milex, Double upop) {
        OptionalDouble none = OptionalDouble.empty();
        return new NationalCapabilities("7.0", 770, "PAK", year, OptionalDouble.of(milex), none, none, none, none,
                upop == null ? none : OptionalDouble.of(upop), none);
    }

    /** Doubling or halving is flagged, either way; smaller moves, missing values, zeros and gaps are not compared. */
    @Test
    void aDoublingOrHalvingBetweenConsecutiveYearsIsFlagged() {
        List<SeriesBreaks.Break> breaks = SeriesBreaks.of(List.of(row(2017, 100, 101_811.0), row(2016, 100, 46_967.0),
                row(2018, 49, 120_000.0), row(2019, 97, null), row(2020, 0, 10.0), row(2021, 50, 15.0),
                row(2023, 200, 60.0)));
        assertThat(breaks).extracting(SeriesBreaks.Break::component, SeriesBreaks.Break::year)
                .containsExactly(tuple("upop", 2017), tuple("milex", 2018));
        assertThat(breaks.get(1).ratio()).isEqualTo(0.49);
    }
}
