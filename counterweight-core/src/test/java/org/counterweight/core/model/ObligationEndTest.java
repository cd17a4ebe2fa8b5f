package org.counterweight.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recorded end of carried obligations: the years it stops, its basis label and the carry note. */
class ObligationEndTest {
    private static final ObligationEnd AFGHANISTAN = new ObligationEnd(700, "the Islamic Republic of Afghanistan",
            LocalDate.of(2021, 8, 15), "fall", "The Taliban take Kabul.", "a source", "a locator");

    /** A tie holds in every year its period touches: 2021 still holds, 2022 does not. */
    @Test
    void carriedObligationsHoldInTheEndsYearAndNotAfter() {
        assertThat(AFGHANISTAN.endedBy(2021)).isFalse();
        assertThat(AFGHANISTAN.endedBy(2022)).isTrue();
        assertThat(AFGHANISTAN.carriedBasis(2018)).isEqualTo("carried-forward-from-2018-ended-2021");
    }

    @Test
    void theCarryNoteNamesEveryEndAfterTheDatasetsLastYear() {
        assertThat(ObligationEnd.carryNote("ATOP 5.1", 2018, List.of(AFGHANISTAN))).isEqualTo("ATOP 5.1 ends in"
                + " 2018: obligations in force then are carried, except those of the Islamic Republic of Afghanistan"
                + " after its fall on 2021-08-15 (a source)");
        assertThat(ObligationEnd.carryNote("ATOP 5.1", 2022, List.of(AFGHANISTAN))).as("an end before the last year")
                .isEqualTo("ATOP 5.1 ends in 2022: obligations in force then are carried");
    }
}
