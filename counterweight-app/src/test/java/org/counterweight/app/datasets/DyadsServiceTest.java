package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.report.Report;
import org.counterweight.store.AllianceSimilarity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dyad-year frames over the bundled datasets, each column NULL outside its dataset's coverage. */
class DyadsServiceTest {
    private static final List<String> ALL_BUT_SIMILARITY = List.of("cinc", "alliance", "rivalry", "contiguity",
            "arms", "unga");

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static DyadsService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new DyadsService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static DyadsRequest indiaPakistan(int from, int to, List<String> with) {
        return DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(from, to), List.of("IND", "PAK"), false, with, null);
    }

    private static Object cell(DyadFrame frame, int row, String column) {
        return frame.rows().get(row).get(frame.columns().indexOf(column));
    }

    private static String parameter(Throwable e) {
        return ((InvalidRequestException) e).parameter();
    }

    /**
     * India-Pakistan 2015-2022, one row a year: no ATOP defence obligation in 2018 (0), NULL from 2019 (ATOP
     * 5.1 ends in 2018); contiguous by land (conttype 1) in 2015, NULL after COW contiguity ends in
     * 2016; Thompson-Dreyer rivalries end in 2010 (NULL); SIPRI records no Indian deliveries to Pakistan (0).
     */
    @Test
    void framesForAFewActorsCarryEveryColumnWithItsSource() {
        DyadFrame frame = service.frame(indiaPakistan(2015, 2022, ALL_BUT_SIMILARITY));
        assertThat(frame.rows()).hasSize(8);
        assertThat(cell(frame, 4, "year")).isEqualTo(2019);
        assertThat(((Number) cell(frame, 3, "atop_defense")).intValue()).as("no defence pact in 2018").isZero();
        assertThat(cell(frame, 4, "atop_defense")).as("ATOP 5.1 ends in 2018").isNull();
        assertThat(cell(frame, 4, "conttype")).as("contiguity data end in 2016").isNull();
        assertThat(cell(frame, 4, "strategic_rivalry")).as("Thompson-Dreyer ends in 2010").isNull();
        assertThat(((Number) cell(frame, 4, "arms_tiv_1to2")).doubleValue()).isZero();
        assertThat(cell(frame, 7, "atop_defense")).as("ATOP 5.1 ends in 2018").isNull();
        assertThat(((Number) cell(frame, 0, "conttype")).intValue()).isEqualTo(1);
        Report.Table table = DyadsTables.of(frame).get(0);
        assertThat(table.columns()).isEqualTo(frame.columns());
        assertThat(table.notes()).contains("cinc1: cow-nmc-7.0 (1816-2022)", "atop_defense: atop-5.1 (1815-2018)");
    }

    /**
     * CINC as COW NMC 7.0 publishes it (NMC-7.0-abridged.csv): India 0.069258898 and Pakistan 0.013316745
     * in 2000; the two were rivals (Thompson-Dreyer) and contiguous by land.
     */
    @Test
    void cincIsThePublishedValue() {
        DyadFrame frame = service.frame(indiaPakistan(2000, 2000, ALL_BUT_SIMILARITY));
        assertThat(frame.rows()).hasSize(1);
        assertThat(cell(frame, 0, "ccode1")).isEqualTo(750);
        assertThat(cell(frame, 0, "ccode2")).isEqualTo(770);
        assertThat(cell(frame, 0, "cinc1")).isEqualTo(0.069258898);
        assertThat(cell(frame, 0, "cinc2")).isEqualTo(0.013316745);
        assertThat(((Number) cell(frame, 0, "strategic_rivalry")).intValue()).isEqualTo(1);
    }

    /** The frame's alliance similarity is the store's all-pairs similarity of that year, measure by measure. */
    @Test
    void dyadFramesCarryTheSameSimilarityAsTheStoresAllianceSimilarity() {
        DyadFrame frame = service.frame(indiaPakistan(2015, 2015, List.of("similarity")));
        assertThat(frame.rows()).hasSize(1);
        try (UnitOfWork work = workbench.begin()) {
            AllianceSimilarity.YearMatrix year = new AllianceSimilarity(work.session())
                    .compute(2015, 2015, work.releases().nmc().version(), 1).get(0);
            int india = index(year.states(), 750);
            int pakistan = index(year.states(), 770);
            for (String[] column : AllianceSimilarity.COLUMNS) {
                double direct = year.matrix().get(column[1], india, pakistan);
                assertThat(((Number) cell(frame, 0, column[0])).doubleValue()).as(column[0]).isEqualTo(direct);
            }
            assertThat(((Number) cell(frame, 0, "s_unweighted")).doubleValue()).isBetween(-1.0, 1.0);
        }
    }

    private static int index(int[] states, int code) {
        for (int i = 0; i < states.length; i++) {
            if (states[i] == code) {
                return i;
            }
        }
        throw new AssertionError("no state " + code);
    }

    /** India-Pakistan 2000-2010 non-directed is one row a year; directed, two. */
    @Test
    void framesAreWrittenWithTheirDictionaryBeside() throws IOException {
        WrittenDyadFrame written = service.write(indiaPakistan(2000, 2010, List.of("cinc")), folder.resolve(
                "frame.csv"));
        assertThat(written.rows()).isEqualTo(11);
        assertThat(written.dictionary()).isEqualTo(folder.resolve("frame.sources.csv"));
        List<String> lines = Files.readAllLines(written.file());
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo("ccode1,ccode2,year,cinc1,cinc2");
        assertThat(Files.readString(written.dictionary())).startsWith("column,dataset,meaning,coverage")
                .contains("cinc1,cow-nmc-7.0,CINC of state 1 as published,1816-2022");
        DyadsRequest directed = DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2010), List.of("IND", "PAK"),
                true, List.of(), null);
        assertThat(service.write(directed, folder.resolve("directed.parquet")).rows()).isEqualTo(22);
        assertThat(DyadsTables.of(written).get(0).rows()).containsExactly(List.of(written.file().toString(), 11L,
                written.dictionary().toString()));
    }

    @Test
    void badRequestsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2001), List.of(),
                false, List.of(), null))).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> service.write(indiaPakistan(2000, 2001, List.of()), folder.resolve("frame.xlsx")))
                .isInstanceOf(InvalidRequestException.class).extracting(DyadsServiceTest::parameter).isEqualTo("out");
        assertThatThrownBy(() -> indiaPakistan(2000, 2001, List.of("cinc", "gdp")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown column group 'gdp'")
                .extracting(DyadsServiceTest::parameter).isEqualTo("with");
        assertThatThrownBy(() -> indiaPakistan(1800, 1820, List.of())).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("from");
        assertThatThrownBy(() -> DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, null), List.of(), false,
                List.of(), null)).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("to");
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2000),
                List.of("IND", "Atlantis"), false, List.of(), null))).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2000),
                List.of("IND", "PAK"), false, List.of("cinc"), "9.9"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no NMC version 9.9 is loaded")
                .extracting(DyadsServiceTest::parameter).isEqualTo("nmc-version");
    }
}
