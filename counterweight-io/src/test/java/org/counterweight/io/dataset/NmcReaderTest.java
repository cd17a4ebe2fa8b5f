package org.counterweight.io.dataset;

import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.model.NationalCapabilities;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reference values: data/datasets/cow-nmc/SOURCE.md (row counts, missing counts, sample rows). */
class NmcReaderTest {
    private static final String HEADER = "\"stateabb\",\"ccode\",\"year\",\"milex\",\"milper\",\"irst\",\"pec\","
            + "\"tpop\",\"upop\",\"cinc\"\n";

    @Test
    void readsVersion7WithStatedCountsAndSamples() {
        List<NationalCapabilities> rows = TestData.readBundled(new NmcReader("7.0"), "cow-nmc-7.0");

        assertThat(rows).hasSize(17_121);
        assertThat(TestData.distinct(rows, NationalCapabilities::cowCode)).isEqualTo(217);
        assertThat(rows).allMatch(r -> r.version().equals("7.0") && r.year() >= 1816 && r.year() <= 2022);
        assertThat(rows.stream().filter(r -> r.milex().isEmpty()).count()).isEqualTo(2_360);
        assertThat(rows.stream().filter(r -> r.milper().isEmpty()).count()).isEqualTo(456);
        assertThat(rows.stream().filter(r -> r.irst().isEmpty()).count()).isEqualTo(26);
        assertThat(rows.stream().filter(r -> r.pec().isEmpty()).count()).isEqualTo(448);
        assertThat(rows.stream().filter(r -> r.upop().isEmpty()).count()).isEqualTo(68);
        assertThat(rows.stream().filter(r -> r.tpop().isEmpty()).count()).isZero();

        NationalCapabilities india1971 = find(rows, 750, 1971);
        assertThat(india1971.stateAbb()).isEqualTo("IND");
        assertThat(india1971.milex()).hasValue(1_924_810);
        assertThat(india1971.milper()).hasValue(1_560);
        assertThat(india1971.irst()).hasValue(6_376);
        assertThat(india1971.pec()).hasValue(153_174);
        assertThat(india1971.tpop()).hasValue(551_226);
        assertThat(india1971.upop()).hasValue(46_779);
        assertThat(india1971.publishedCinc().getAsDouble()).isCloseTo(0.052602854, within(1e-12));

        NationalCapabilities pakistan1971 = find(rows, 770, 1971);
        assertThat(pakistan1971.pec()).isEmpty();
        assertThat(pakistan1971.irst()).hasValue(100);

        assertThat(find(rows, 770, 2022).publishedCinc().getAsDouble()).isCloseTo(0.01768378, within(1e-12));
        assertThat(find(rows, 750, 2022).milex()).hasValue(72_768_000);
    }

    @Test
    void readsVersion6WithStatedCounts() {
        List<NationalCapabilities> rows = TestData.readBundled(new NmcReader("6.0"), "cow-nmc-6.0");

        assertThat(rows).hasSize(15_951);
        assertThat(rows).extracting(NationalCapabilities::year).allMatch(y -> y >= 1816 && y <= 2016);
        assertThat(rows).allMatch(r -> r.version().equals("6.0"));
    }

    @Test
    void blankAndMinusNineBecomeEmptyNotZero() {
        NationalCapabilities row = TestData.readText(new NmcReader("7.0"),
                HEADER + "\"PAK\",770,1971,-9,404,0,,62425,9219,0.0098727429\n").get(0);

        assertThat(row.milex()).isEqualTo(OptionalDouble.empty());
        assertThat(row.pec()).isEqualTo(OptionalDouble.empty());
        assertThat(row.irst()).hasValue(0);
    }

    @Test
    void raggedRowNamesFileAndLine() {
        TestData.assertBadInput(new NmcReader("7.0"),
                HEADER + "\"IND\",750,1971,1,2,3,4,5,6,0.05\n\"PAK\",770,1971,1,2,3\n", 3, null);
    }

    @Test
    void nonNumericValueNamesLineAndColumn() {
        TestData.assertBadInput(new NmcReader("7.0"), HEADER + "\"IND\",750,1971,lots,2,3,4,5,6,0.05\n", 2, "milex");
    }

    @Test
    void negativeComponentOtherThanMinusNineIsAnError() {
        TestData.assertBadInput(new NmcReader("7.0"), HEADER + "\"IND\",750,1971,1,2,3,-4,5,6,0.05\n", 2, "pec");
    }

    @Test
    void yearOutsideCoverageNamesLineAndColumn() {
        TestData.assertBadInput(new NmcReader("7.0"), HEADER + "\"IND\",750,1700,1,2,3,4,5,6,0.05\n", 2, "year");
    }

    @Test
    void stateCodeOutOfRangeNamesColumn() {
        TestData.assertBadInput(new NmcReader("7.0"), HEADER + "\"IND\",1750,1971,1,2,3,4,5,6,0.05\n", 2, "ccode");
    }

    static NationalCapabilities find(List<NationalCapabilities> rows, int ccode, int year) {
        return rows.stream().filter(r -> r.cowCode() == ccode && r.year() == year).findFirst().orElseThrow();
    }
}
