package org.counterweight.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reference values: kitten/sitting = 3 (the classic example of Levenshtein distance, two
 * substitutions and an insertion); CA/ABC = 3 in the optimal-string-alignment form, which may not
 * edit a transposed pair again, where the unrestricted Damerau-Levenshtein distance is 2 (Wikipedia,
 * "Damerau-Levenshtein distance", section "Optimal string alignment distance"). The others by hand:
 * one missing letter, one transposition, three insertions.
 */
class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(EditDistance.damerauLevenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.damerauLevenshtein("pakistn", "pakistan")).isEqualTo(1);
        assertThat(EditDistance.damerauLevenshtein("inida", "india")).isEqualTo(1);
        assertThat(EditDistance.damerauLevenshtein("ca", "abc")).isEqualTo(3);
        assertThat(EditDistance.damerauLevenshtein("", "usa")).isEqualTo(3);
        assertThat(EditDistance.damerauLevenshtein("niger", "niger")).isZero();
    }
}
