package org.counterweight.io.dataset;

import java.util.IntSummaryStatistics;
import java.util.List;
import org.counterweight.core.model.AllianceObligation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference values: data/datasets/alliances/SOURCE.md (ATOP 5.1 directed dyad-year). */
class AtopDyadYearReaderTest {
    private static final String HEADER = "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\","
            + "\"atop_neutral\",\"atop_nonagg\",\"atop_consul\"\n";

    @Test
    void readsWholeFileWithStatedCountsAndSamples() {
        List<AllianceObligation> rows = TestData.readBundled(new AtopDyadYearReader(), "atop-5.1");

        assertThat(rows).hasSize(273_296);
        IntSummaryStatistics years = rows.stream().mapToInt(AllianceObligation::year).summaryStatistics();
        assertThat(years.getMin()).isEqualTo(1815);
        assertThat(years.getMax()).isEqualTo(2018);
        assertThat(rows).allMatch(r -> r.version().equals("5.1"));

        AllianceObligation usPakistan1955 = find(rows, 2, 770, 1955);
        assertThat(usPakistan1955.defense()).isTrue();
        assertThat(usPakistan1955.offense()).isFalse();
        assertThat(usPakistan1955.neutral()).isFalse();
        assertThat(usPakistan1955.nonaggression()).isTrue();
        assertThat(usPakistan1955.consultation()).isTrue();

        // asymmetric in 2000: the US owes Pakistan defense, not the reverse
        assertThat(find(rows, 2, 770, 2000).defense()).isTrue();
        assertThat(find(rows, 770, 2, 2000).defense()).isFalse();
        assertThat(find(rows, 770, 2, 2000).consultation()).isTrue();
    }

    @Test
    void flagOtherThanZeroOrOneNamesColumn() {
        TestData.assertBadInput(new AtopDyadYearReader(), HEADER + "2,770,1955,1,0,0,1,1\n2,770,1956,2,0,0,1,1\n",
                3, "atop_defense");
    }

    @Test
    void yearBeforeCoverageNamesColumn() {
        TestData.assertBadInput(new AtopDyadYearReader(), HEADER + "2,770,1755,1,0,0,1,1\n", 2, "year");
    }

    private static AllianceObligation find(List<AllianceObligation> rows, int a, int b, int year) {
        return rows.stream().filter(r -> r.ccode1() == a && r.ccode2() == b && r.year() == year)
                .findFirst().orElseThrow();
    }
}
