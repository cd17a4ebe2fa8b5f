package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.Carry;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triad-year frames over the bundled datasets. Expected values read by hand from the source files:
 * CINC from data/datasets/cow-nmc/NMC-7.0-abridged.csv (2018: USA 0.11990859, CHN 0.22599852, PAK
 * 0.018000197), ATOP obligations from data/datasets/alliances/atop5.1_directed_dyad_year.csv (2018: only
 * USA->PAK holds a defence obligation among the three; every direction a non-aggression one), rivalries
 * from data/datasets/rivalries-tss-2021/tss_rivalries.csv (China-United States 2, 1996-2020; none between
 * China and Pakistan or the United States and Pakistan).
 */
class TriadsServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static FrameRows triads(int from, int to, List<String> actors, Carry carry) {
        return new TriadsService(workbench).frame(TriadsRequest.of(CaseId.SOUTH_ASIA, new YearRange(from, to), actors,
                null, carry, null));
    }

    private static Object cell(FrameRows frame, List<Object> row, String column) {
        return row.get(frame.columns().indexOf(column));
    }

    private static List<Object> row(FrameRows frame, int a, int b, int c, int year) {
        return frame.rows().stream().filter(r -> r.subList(0, 4).equals(List.of(a, b, c, year))).findFirst()
                .orElseThrow();
    }

    @Test
    void theUsChinaPakistanTriadIn2018ReadsTheSourceFiles() {
        FrameRows frame = triads(2018, 2018, List.of("PAK", "USA", "CHN"), Carry.FORWARD);
        assertThat(frame.rows()).hasSize(1);
        List<Object> row = row(frame, 2, 710, 770, 2018);
        assertThat(((Number) cell(frame, row, "cinc1")).doubleValue()).isEqualTo(0.11990859);
        assertThat(((Number) cell(frame, row, "cinc3")).doubleValue()).isEqualTo(0.018000197);
        assertThat(((Number) cell(frame, row, "cinc_sum")).doubleValue())
                .isCloseTo(0.11990859 + 0.22599852 + 0.018000197, within(1e-12));
        assertThat(cell(frame, row, "atop_defense_pairs")).isEqualTo(1);
        assertThat(cell(frame, row, "atop_obligation_pairs")).isEqualTo(3);
        assertThat(cell(frame, row, "ongoingrivalry_pairs")).isEqualTo(1);
        assertThat(cell(frame, row, "alliance_basis")).isEqualTo("observed");
    }

    @Test
    void pastTheDatasetsEndsCountsAreCarriedOrEmptyNeverZero() {
        FrameRows carried = triads(2021, 2021, List.of("IND", "PAK", "CHN"), Carry.FORWARD);
        List<Object> row = row(carried, 710, 750, 770, 2021);
        assertThat(cell(carried, row, "ongoingrivalry_pairs")).isEqualTo(2);
        assertThat(cell(carried, row, "rivalry_basis")).isEqualTo("carried-forward-from-2020");
        assertThat(cell(carried, row, "alliance_basis")).isEqualTo("carried-forward-from-2018");

        FrameRows uncovered = triads(2021, 2021, List.of("IND", "PAK", "CHN"), Carry.NONE);
        List<Object> bare = row(uncovered, 710, 750, 770, 2021);
        assertThat(cell(uncovered, bare, "ongoingrivalry_pairs")).isNull();
        assertThat(cell(uncovered, bare, "atop_defense_pairs")).isNull();
        assertThat(cell(uncovered, bare, "cinc_sum")).isNotNull();
    }

    @Test
    void aTriadIsInAYearOnlyWhenItsThreeStatesAreAndCounterweightNamesRenameTheRivalryCount() {
        // Bangladesh (771) enters the state system in 1971: its triads start then
        FrameRows frame = triads(1970, 1972, List.of("IND", "PAK", "BGD"), Carry.FORWARD);
        assertThat(frame.rows()).extracting(r -> r.get(3)).containsExactly(1971, 1972);
        FrameRows named = new TriadsService(workbench).frame(TriadsRequest.of(CaseId.SOUTH_ASIA, new YearRange(2000,
                2000), List.of("IND", "PAK", "CHN"), null, Carry.FORWARD, "counterweight"));
        assertThat(named.columns()).contains("strategic_rivalry_pairs").doesNotContain("ongoingrivalry_pairs");
    }

    @Test
    void fewerThanThreeOrTooManyActorsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> triads(2000, 2000, List.of("IND", "PAK"), Carry.FORWARD))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("actors"));
    }
}
