package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.model.StateSystem;
import org.counterweight.core.model.StateSystemSpell;
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
        return indiaPakistan(from, to, with, Carry.FORWARD);
    }

    private static Object cell(FrameRows frame, int row, String column) {
        return frame.rows().get(row).get(frame.columns().indexOf(column));
    }

    private static String parameter(Throwable e) {
        return ((InvalidRequestException) e).parameter();
    }

    private static DyadsRequest indiaPakistan(int from, int to, List<String> with, Carry carry) {
        return DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(from, to), List.of("IND", "PAK"), false, with, null,
                carry, "counterweight");
    }

    /**
     * India-Pakistan 2015-2022, one row a year: no ATOP defence obligation in 2018 (0, observed), the same
     * carried from 2018 after ATOP 5.1's end; contiguous by land (conttype 1) in 2015, NULL after COW
     * contiguity ends in 2016; the TSS rivalry (Thompson, Sakuwa &amp; Suhas 2021: India-Pakistan 1947-2020)
     * observed to 2020 and carried after; SIPRI records no Indian deliveries to Pakistan (0); UN votes: 89
     * joint roll calls in 2019 (Voeten's data), one in 2020 (too few: no agreement), none after.
     */
    @Test
    void framesForAFewActorsCarryEveryColumnWithItsSourceAndBasis() {
        FrameRows frame = service.frame(indiaPakistan(2015, 2022, ALL_BUT_SIMILARITY));
        assertThat(frame.rows()).hasSize(8);
        assertThat(cell(frame, 4, "year")).isEqualTo(2019);
        assertThat(((Number) cell(frame, 3, "atop_defense")).intValue()).as("no defence pact in 2018").isZero();
        assertThat(cell(frame, 3, "alliance_basis")).isEqualTo("observed");
        assertThat(((Number) cell(frame, 4, "atop_defense")).intValue()).as("carried from 2018").isZero();
        assertThat(cell(frame, 4, "alliance_basis")).isEqualTo("carried-forward-from-2018");
        assertThat(cell(frame, 4, "conttype")).as("contiguity data end in 2016").isNull();
        assertThat(((Number) cell(frame, 5, "strategic_rivalry")).intValue()).as("TSS: observed in 2020").isOne();
        assertThat(cell(frame, 5, "rivalry_basis")).isEqualTo("observed");
        assertThat(((Number) cell(frame, 7, "strategic_rivalry")).intValue()).as("carried from 2020").isOne();
        assertThat(cell(frame, 7, "rivalry_basis")).isEqualTo("carried-forward-from-2020");
        assertThat(((Number) cell(frame, 4, "arms_tiv_1to2")).doubleValue()).isZero();
        assertThat(((Number) cell(frame, 0, "conttype")).intValue()).isEqualTo(1);
        assertThat(cell(frame, 4, "unga_basis")).isEqualTo("observed");
        assertThat(((Number) cell(frame, 4, "unga_joint_votes")).intValue()).isEqualTo(89);
        assertThat(cell(frame, 5, "unga_agree")).as("2020: one joint roll call").isNull();
        assertThat(((Number) cell(frame, 5, "unga_joint_votes")).intValue()).isOne();
        assertThat(cell(frame, 5, "unga_basis")).isEqualTo("too-few-joint-votes");
        assertThat(cell(frame, 6, "unga_basis")).as("no roll calls after January 2020").isEqualTo("not-covered");
        Report.Table table = DyadsTables.of(frame).get(0);
        assertThat(table.columns()).isEqualTo(frame.columns());
        assertThat(table.notes()).contains("cinc1: cow-nmc-7.0 (1816-2022)");
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).startsWith("atop_defense: atop-5.1 (1815-2018;"
                + " carried"));
    }

    /** Without carrying, the years after a dataset's last are not covered: NULL values, basis not-covered. */
    @Test
    void withoutCarryingTheYearsAfterADatasetsEndAreNotCovered() {
        FrameRows frame = service.frame(indiaPakistan(2018, 2022, List.of("alliance", "rivalry", "similarity"),
                Carry.NONE));
        assertThat(cell(frame, 0, "alliance_basis")).isEqualTo("observed");
        for (int row = 1; row < 5; row++) {
            for (String column : List.of("atop_defense", "atop_consultation", "s_unweighted", "s_weighted", "tau_b",
                    "kappa", "pi")) {
                assertThat(cell(frame, row, column)).as(column + " in " + cell(frame, row, "year")).isNull();
            }
            assertThat(cell(frame, row, "alliance_basis")).isEqualTo("not-covered");
            assertThat(cell(frame, row, "similarity_basis")).isEqualTo("not-covered");
        }
        assertThat(cell(frame, 2, "rivalry_basis")).as("TSS observes 2020").isEqualTo("observed");
        assertThat(cell(frame, 3, "strategic_rivalry")).as("2021, after TSS").isNull();
        assertThat(cell(frame, 3, "rivalry_basis")).isEqualTo("not-covered");
    }

    /**
     * No similarity measure is ever computed from an empty portfolio: in every year after ATOP's last, each
     * measure of each dyad is the value of ATOP's last year's portfolios (carried, with the weights of
     * that year's CINC where weighted) or not covered, and no two dyads share a fabricated constant. From
     * 2022 the portfolios lack the carried commitments of and to the Islamic Republic of Afghanistan,
     * fallen on 2021-08-15 (obligation-ends-curated): Afghanistan's dyads say so in their basis, and the
     * unweighted measures of 2019-2021 are still those of 2018.
     */
    @Test
    void noSimilarityMeasureComesFromEmptyPortfolios() {
        FrameRows frame = service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2016, 2024),
                List.of("IND", "PAK", "CHN", "USA", "RUS", "AFG"), false, List.of("similarity", "alliance"), null,
                Carry.FORWARD, "counterweight"));
        List<String> unweighted = List.of("s_unweighted", "s_squared", "tau_b", "kappa", "pi");
        for (List<Object> row : frame.rows()) {
            int year = ((Number) row.get(frame.columns().indexOf("year"))).intValue();
            Object basis = row.get(frame.columns().indexOf("similarity_basis"));
            if (year <= 2018) {
                assertThat(basis).isEqualTo("observed");
                continue;
            }
            boolean afghan = row.get(0).equals(700) || row.get(1).equals(700);
            assertThat(basis).as("year " + year).isEqualTo(year > 2021 && afghan
                    ? "carried-forward-from-2018-ended-2021" : "carried-forward-from-2018");
            assertThat(row.get(frame.columns().indexOf("s_weighted"))).as("weighted S " + year).isNotNull();
            if (year > 2021) {
                continue;
            }
            List<Object> last = frame.rows().stream().filter(r -> r.get(0).equals(row.get(0))
                    && r.get(1).equals(row.get(1)) && ((Number) r.get(frame.columns().indexOf("year"))).intValue()
                            == 2018).findFirst().orElseThrow();
            for (String measure : unweighted) {
                assertThat(row.get(frame.columns().indexOf(measure))).as(measure + " " + year)
                        .isEqualTo(last.get(frame.columns().indexOf(measure)));
            }
        }
        long distinct2020 = frame.rows().stream().filter(r -> ((Number) r.get(frame.columns().indexOf("year")))
                .intValue() == 2020).map(r -> r.get(frame.columns().indexOf("s_unweighted"))).distinct().count();
        assertThat(distinct2020).as("every dyad its own value in 2020, not one constant").isGreaterThan(5);
    }

    private static DyadsRequest usAfghanistan(int from, int to, List<String> with, Carry carry) {
        return DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(from, to), List.of("USA", "AFG"), false, with, null,
                carry, "counterweight");
    }

    /**
     * The US-Afghanistan consultation obligation of the 2012 Enduring Strategic Partnership Agreement
     * (ATOP 5.1 codes it to 2018) is carried in 2019-2021 and ends with the Islamic Republic's fall on
     * 2021-08-15 (obligation-ends-curated): 1 in 2021, 0 from 2022 with the ended basis; the note says so.
     */
    @Test
    void theCarriedUsAfghanObligationEndsWithTheIslamicRepublic() {
        FrameRows frame = service.frame(usAfghanistan(2018, 2024, List.of("alliance"), Carry.FORWARD));
        assertThat(frame.rows()).hasSize(7);
        assertThat(cell(frame, 0, "alliance_basis")).isEqualTo("observed");
        assertThat(cell(frame, 3, "year")).isEqualTo(2021);
        assertThat(((Number) cell(frame, 3, "atop_consultation")).intValue()).as("2021 still holds").isOne();
        assertThat(cell(frame, 3, "alliance_basis")).isEqualTo("carried-forward-from-2018");
        for (int row = 4; row < 7; row++) {
            assertThat(((Number) cell(frame, row, "atop_consultation")).intValue()).as("after 2021").isZero();
            assertThat(cell(frame, row, "alliance_basis")).isEqualTo("carried-forward-from-2018-ended-2021");
        }
        assertThat(DyadsTables.of(frame).get(0).notes()).anySatisfy(n -> assertThat(n).startsWith("alliance_basis:")
                .contains("ATOP ends in 2018: obligations in force then are carried, except those of the Islamic"
                        + " Republic of Afghanistan after its fall on 2021-08-15 (The Quint"));
    }

    /** Without carrying, nothing changes: the years after 2018 are not covered, whatever ended when. */
    @Test
    void withoutCarryingTheUsAfghanYearsAfterAtopAreNotCovered() {
        FrameRows frame = service.frame(usAfghanistan(2018, 2024, List.of("alliance", "similarity"), Carry.NONE));
        assertThat(((Number) cell(frame, 0, "atop_consultation")).intValue()).isOne();
        for (int row = 1; row < 7; row++) {
            assertThat(cell(frame, row, "atop_consultation")).isNull();
            assertThat(cell(frame, row, "s_unweighted")).isNull();
            assertThat(cell(frame, row, "alliance_basis")).isEqualTo("not-covered");
            assertThat(cell(frame, row, "similarity_basis")).isEqualTo("not-covered");
        }
    }

    /**
     * The US-Afghanistan S (absolute distance, unweighted; Signorino &amp; Ritter 1999) in 2022, computed
     * by hand from counts: S = 1 - 2 d / (3 n), n the 2022 system members (the COW 2016 list's last
     * members, carried: 195), d = sum over members k of |US code to k - Afghan code to k|. With the
     * Islamic Republic's commitments dropped, Afghanistan's portfolio is 3 at itself and 0 elsewhere,
     * and the US code to Afghanistan is 0: d = (the US 2018 codes to the members other than Afghanistan,
     * counted here straight from the stored ATOP rows and COW spells: 293) + |3 - 0| at the US + |0 - 3| at Afghanistan = 299,
     * S = 1 - 598 / 585 = -13/585 = -1/45. In 2018 the consultation pair is still there:
     * d = 293 + |3 - 1| + |1 - 3| = 297, S = 1 - 594 / 585 = -1/65.
     */
    @Test
    void usAfghanSimilarityIn2022ComesFromPortfoliosWithoutTheFallenGovernment() {
        int members;
        int usCodes;
        try (UnitOfWork work = workbench.begin()) {
            List<StateSystemSpell> cow = work.datasets().stateSpells().stream()
                    .filter(s -> s.system() == StateSystem.COW).toList();
            LocalDate listEnd = cow.stream().map(StateSystemSpell::end).max(LocalDate::compareTo).orElseThrow();
            Set<Integer> lastMembers = cow.stream().filter(s -> s.end().equals(listEnd))
                    .map(StateSystemSpell::code).collect(Collectors.toSet());
            members = lastMembers.size();
            usCodes = work.datasets().atopObligations(2018, 2018, lastMembers).stream()
                    .filter(o -> o.ccode1() == 2 && o.ccode2() != 700)
                    .mapToInt(o -> o.defense() || o.offense() ? 3 : o.neutral() || o.nonaggression() ? 2
                            : o.consultation() ? 1 : 0).sum();
        }
        assertThat(members).isEqualTo(195);
        assertThat(usCodes).isEqualTo(293);
        FrameRows frame = service.frame(usAfghanistan(2018, 2022, List.of("similarity"), Carry.FORWARD));
        double s2022 = ((Number) cell(frame, 4, "s_unweighted")).doubleValue();
        assertThat(s2022).isCloseTo(1 - 2.0 * (usCodes + 6) / (3.0 * members), within(1e-12))
                .isCloseTo(-1.0 / 45, within(1e-12));
        assertThat(((Number) cell(frame, 0, "s_unweighted")).doubleValue()).isCloseTo(-1.0 / 65, within(1e-12));
        assertThat(((Number) cell(frame, 3, "s_unweighted")).doubleValue()).as("2021, carried").isCloseTo(-1.0 / 65,
                within(1e-12));
        assertThat(cell(frame, 4, "similarity_basis")).isEqualTo("carried-forward-from-2018-ended-2021");
    }

    /** The frame's alliance similarity is the store's all-pairs similarity of that year, measure by measure. */
    @Test
    void dyadFramesCarryTheSameSimilarityAsTheStoresAllianceSimilarity() {
        FrameRows frame = service.frame(indiaPakistan(2015, 2015, List.of("similarity")));
        assertThat(frame.rows()).hasSize(1);
        try (UnitOfWork work = workbench.begin()) {
            AllianceSimilarity.YearMatrix year = new AllianceSimilarity(work.session())
                    .compute(2015, 2015, work.releases().nmc().version(), false, 1).get(0);
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
        WrittenFrame written = service.write(indiaPakistan(2000, 2010, List.of("cinc")), folder.resolve(
                "frame.csv"));
        assertThat(written.rows()).isEqualTo(11);
        assertThat(written.dictionary()).isEqualTo(folder.resolve("frame.sources.csv"));
        List<String> lines = Files.readAllLines(written.file());
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo("ccode1,ccode2,year,cinc1,cinc2");
        assertThat(Files.readString(written.dictionary())).startsWith("column,dataset,meaning,unit,coverage")
                .contains("cinc1,cow-nmc-7.0,CINC of state 1 as published,\"share of the system's capabilities, 0-1\","
                        + "1816-2022");
        DyadsRequest directed = DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2010), List.of("IND", "PAK"),
                true, List.of(), null, Carry.FORWARD, "counterweight");
        assertThat(service.write(directed, folder.resolve("directed.parquet")).rows()).isEqualTo(22);
        assertThat(DyadsTables.of(written).get(0).rows()).containsExactly(List.of(written.file().toString(), 11L,
                written.dictionary().toString()));
    }

    @Test
    void badRequestsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2001), List.of(),
                false, List.of(), null, Carry.FORWARD, "counterweight"))).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> service.write(indiaPakistan(2000, 2001, List.of()), folder.resolve("frame.xlsx")))
                .isInstanceOf(InvalidRequestException.class).extracting(DyadsServiceTest::parameter).isEqualTo("out");
        assertThatThrownBy(() -> indiaPakistan(2000, 2001, List.of("cinc", "trade")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown column group 'trade'")
                .extracting(DyadsServiceTest::parameter).isEqualTo("with");
        assertThatThrownBy(() -> indiaPakistan(1800, 1820, List.of())).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("from");
        assertThatThrownBy(() -> DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, null), List.of(), false,
                List.of(), null, Carry.FORWARD, "counterweight")).isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("to");
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2000),
                List.of("IND", "Atlantis"), false, List.of(), null, Carry.FORWARD, "counterweight")))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(DyadsServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2000),
                List.of("IND", "PAK"), false, List.of("cinc"), "9.9", Carry.FORWARD, "counterweight")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no NMC version 9.9 is loaded")
                .extracting(DyadsServiceTest::parameter).isEqualTo("nmc-version");
    }

    /**
     * "DEU" over 1985-1995 is the German Federal Republic (COW 260, a member 1955-05-05 to 1990-10-02)
     * to 1990 and Germany (COW 255, a member again from 1990-10-03) after: cow_states2016.csv. In 1990,
     * when both are members, the GFR keeps it (it held it first). The rows are in year order, not by code
     * (which listed 1991-1995 before 1985-1990).
     */
    @Test
    void deuIsTheGermanFederalRepublicTo1990AndGermanyAfter() {
        FrameRows frame = service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(1985, 1995),
                List.of("USA", "DEU"), false, List.of(), null, Carry.FORWARD, "counterweight"));

        assertThat(frame.rows()).extracting(r -> r.get(0) + "-" + r.get(1) + " " + r.get(2)).containsExactly(
                "2-260 1985", "2-260 1986", "2-260 1987", "2-260 1988", "2-260 1989", "2-260 1990", "2-255 1991",
                "2-255 1992", "2-255 1993", "2-255 1994", "2-255 1995");
        assertThat(frame.warnings()).containsExactly("'DEU' is German Federal Republic (GFR, 260) in 1985-1990 and"
                + " Germany (GMY, 255) in 1991-1995");
        FrameRows year1988 = service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.year(1988),
                List.of("USA", "DEU"), false, List.of(), null, Carry.FORWARD, "counterweight"));
        assertThat(year1988.rows()).extracting(r -> r.get(0) + "-" + r.get(1)).containsExactly("2-260");
    }

    /** A name matched by a crosswalk pattern only is a guess, noted; a name matching nothing gets the closest. */
    @Test
    void aGuessIsNotedAndAnUnknownNameGetsTheClosest() {
        FrameRows niger = service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.year(2000), List.of("USA",
                "Nigera"), false, List.of(), null, Carry.FORWARD, "counterweight"));
        assertThat(niger.rows()).extracting(r -> r.get(1)).containsExactly(436);
        assertThat(niger.warnings()).containsExactly("read 'Nigera' as Niger (NIR, 436)");

        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.year(2000),
                List.of("USA", "Pakistn"), false, List.of(), null, Carry.FORWARD, "counterweight")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("unknown state 'Pakistn'; did you mean Pakistan (PAK, 770)?")
                .extracting(DyadsServiceTest::parameter).isEqualTo("actors");
        assertThatThrownBy(() -> service.frame(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.year(2000),
                List.of("USA", "East Germany"), false, List.of(), null, Carry.FORWARD, "counterweight")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("1954-1990, not in 2000");
    }
}
