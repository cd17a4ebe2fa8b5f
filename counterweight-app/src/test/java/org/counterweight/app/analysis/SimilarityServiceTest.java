package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.core.model.UnAgreement;
import org.counterweight.store.PortfolioQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static SimilarityService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new SimilarityService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static SimilarityResult.DyadYears dyads(SimilarityRequest.Source source, String a, String b,
            YearRange years) {
        return (SimilarityResult.DyadYears) service.similarity(new SimilarityRequest(CaseId.SOUTH_ASIA, source, a, b,
                years, null, Carry.FORWARD));
    }

    private static Double value(SimilarityResult.DyadYears result, int row, String measure) {
        return result.dyads().get(row).values().get(result.measures().indexOf(measure));
    }

    private static String parameter(Throwable e) {
        return ((InvalidRequestException) e).parameter();
    }

    /** Signorino &amp; Ritter (1999), Table 6, Germany and Russia 1914 (data as reproduced by fpsim's gmyrus14). */
    @Test
    void signorinoRitterGermanyRussia1914() throws IOException {
        StringBuilder portfolios = new StringBuilder("state,a,b,weight\n");
        for (String line : Files.readAllLines(Path.of("..", "counterweight-core", "src", "test", "resources",
                "similarity", "gmyrus14.csv")).subList(1, 21)) {
            String[] f = line.split(",");
            portfolios.append(f[0]).append(',').append(f[2]).append(',').append(f[3]).append(',').append(f[1])
                    .append('\n');
        }
        SimilarityResult result = service.similarity(new SimilarityRequest(CaseId.SOUTH_ASIA,
                SimilarityRequest.Source.ATOP, null, null, YearRange.open(),
                new UserFile("gmyrus.csv", portfolios.toString()), Carry.FORWARD));
        SimilarityResult.Portfolios file = (SimilarityResult.Portfolios) result;
        assertThat(file.states()).isEqualTo(20);
        assertThat(measure(file, "s-absolute")).isCloseTo(0.40, within(1e-12));
        assertThat(measure(file, "s-absolute-weighted")).isCloseTo(-0.45, within(0.011));
        assertThat(SimilarityTables.of(result).get(0).title()).isEqualTo("Similarity of portfolios a and b in"
                + " gmyrus.csv (20 states, codes 0-3)");
    }

    private static double measure(SimilarityResult.Portfolios file, String name) {
        return file.values().stream().filter(v -> v.measure().equals(name)).findFirst().orElseThrow().value();
    }

    /**
     * A dyad's series over ATOP alliance portfolios (one row per year, S within [-1, 1]) and over UN
     * votes (India and Pakistan voted alike on most roll calls of 2019).
     */
    @Test
    void similaritySeriesForADyadOverAtopAndUnVotes() {
        SimilarityResult.DyadYears atop = dyads(SimilarityRequest.Source.ATOP, "USA", "PAK", YearRange.of(1955, 1956));
        assertThat(atop.dyads()).extracting(SimilarityResult.DyadYear::year).containsExactly(1955, 1956);
        assertThat(atop.dyads().get(0).a() + "-" + atop.dyads().get(0).b()).isEqualTo("USA-PAK");
        assertThat(value(atop, 0, "s_unweighted")).isBetween(-1.0, 1.0);
        assertThat(atop.atop()).isEqualTo("5.1");
        SimilarityResult.DyadYears votes = dyads(SimilarityRequest.Source.UNGA, "IND", "PAK", YearRange.year(2019));
        assertThat(votes.dyads()).singleElement().satisfies(d -> assertThat(d.jointVotes()).isPositive());
        assertThat(value(votes, 0, "s-absolute")).isGreaterThan(0.5);
    }

    /**
     * India and Pakistan's ATOP portfolios, 1990: S = 0.9556 unweighted (Signorino &amp; Ritter 1999,
     * over the year's COW system members; golden output of the command before the move).
     */
    @Test
    void indiaPakistan1990() {
        SimilarityResult.DyadYears atop = dyads(SimilarityRequest.Source.ATOP, "IND", "PAK", YearRange.year(1990));
        assertThat(value(atop, 0, "s_unweighted")).isCloseTo(0.9555555556, within(1e-9));
        assertThat(atop.dyads().get(0).ccode1()).isEqualTo(750);
    }

    /** Every dyad of one year: all pairs of the year's voting members, each once. */
    @Test
    void everyDyadOfAYear() {
        SimilarityResult.DyadYears votes = dyads(SimilarityRequest.Source.UNGA, null, null, YearRange.year(2019));
        assertThat(votes.dyads()).hasSizeGreaterThan(10_000);
        assertThat(votes.dyads()).allSatisfy(d -> assertThat(d.ccode1()).isLessThan(d.ccode2()));
    }

    /** Absent votes are left out: only roll calls both voted in count, recoded 0 no, 1 abstain, 2 yes. */
    @Test
    void jointVotesLeaveOutAbsences() {
        int absent = PortfolioQueries.NOT_VOTING;
        int[][] joint = SimilarityService.jointVotes(new int[] {1, 2, 3, absent, 3}, new int[] {3, absent, 2, 1, 3});
        assertThat(joint[0]).containsExactly(0, 2, 2);
        assertThat(joint[1]).containsExactly(2, 1, 2);
    }

    /**
     * After ATOP's last year (2018) the alliance portfolios are 2018's, carried and marked: the unweighted
     * measures equal 2018's to 2021, the weighted S uses each year's CINC (NMC v7.0 to 2022, then 2022's).
     * From 2022 the US consultation obligation to Afghanistan is no longer carried (the Islamic Republic
     * fell on 2021-08-15): the US code over Afghanistan drops from 1 to India's 0, so the US-India distance
     * d falls by 1 and S = 1 - 2d/(3n), n = 195 members, rises by 2/585 (0.2547008547 to 0.2581196581).
     */
    @Test
    void allianceSimilarityAfterAtopsEndIsCarriedAndMarked() {
        SimilarityResult.DyadYears result = dyads(SimilarityRequest.Source.ATOP, "USA", "IND", YearRange.of(2018,
                2024));
        assertThat(result.dyads()).extracting(SimilarityResult.DyadYear::basis).containsExactly("observed",
                "carried-forward-from-2018", "carried-forward-from-2018", "carried-forward-from-2018",
                "carried-forward-from-2018", "carried-forward-from-2018", "carried-forward-from-2018");
        for (int row = 1; row <= 3; row++) {
            assertThat(value(result, row, "s_unweighted")).isEqualTo(value(result, 0, "s_unweighted"));
            assertThat(value(result, row, "kappa")).isEqualTo(value(result, 0, "kappa"));
        }
        for (int row = 4; row < result.dyads().size(); row++) {
            assertThat(value(result, row, "s_unweighted")).isCloseTo(value(result, 0, "s_unweighted") + 2.0 / 585,
                    within(1e-12));
            assertThat(value(result, row, "kappa")).isEqualTo(value(result, 4, "kappa"));
        }
        assertThat(SimilarityTables.of(result).get(0).columns()).contains("basis");
    }

    /**
     * UN votes: a dyad-year with fewer joint votes than the minimum is not covered (no value, the count
     * shown); 2020 holds only the roll calls of January (Voeten's data end on 2020-01-14).
     */
    @Test
    void unVoteSimilarityBelowTheMinimumOfJointVotesIsNotCovered() {
        SimilarityResult.DyadYears result = dyads(SimilarityRequest.Source.UNGA, "IND", "PAK", YearRange.of(2019,
                2020));
        SimilarityResult.DyadYear full = result.dyads().get(0);
        assertThat(full.jointVotes()).isGreaterThanOrEqualTo(UnAgreement.MIN_JOINT_VOTES);
        assertThat(full.basis()).isEqualTo("observed");
        assertThat(full.values()).doesNotContainNull();
        SimilarityResult.DyadYear january = result.dyads().get(1);
        assertThat(january.jointVotes()).isLessThan(UnAgreement.MIN_JOINT_VOTES);
        assertThat(january.basis()).isEqualTo("too-few-joint-votes");
        assertThat(january.values()).containsOnlyNulls();
        assertThat(SimilarityTables.of(result).get(0).columns()).contains("joint_votes", "basis");
    }

    /**
     * Years after the last roll call of the loaded votes (Voeten's data end in January 2020) are listed as
     * not covered for the states named, never dropped or filled; every dyad of such a year is refused.
     */
    @Test
    void unVoteYearsWithoutRollCallsAreNotCoveredForANamedDyadAndRefusedForEveryDyad() {
        SimilarityResult.DyadYears result = dyads(SimilarityRequest.Source.UNGA, "IND", "PAK", YearRange.of(2019,
                2022));
        assertThat(result.dyads()).extracting(SimilarityResult.DyadYear::year).containsExactly(2019, 2020, 2021, 2022);
        assertThat(result.dyads().subList(2, 4)).allSatisfy(d -> {
            assertThat(d.basis()).isEqualTo("not-covered");
            assertThat(d.values()).containsOnlyNulls();
            assertThat(d.jointVotes()).isNull();
            assertThat(d.a() + "-" + d.b()).isEqualTo("IND-PAK");
        });
        assertThatThrownBy(() -> dyads(SimilarityRequest.Source.UNGA, null, null, YearRange.year(2022)))
                .isInstanceOf(InvalidRequestException.class).extracting(SimilarityServiceTest::parameter)
                .isEqualTo("to");
    }

    @Test
    void halfADyadOrEveryDyadOverYearsIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> dyads(SimilarityRequest.Source.ATOP, "IND", null, YearRange.year(2000)))
                .isInstanceOf(InvalidRequestException.class).extracting(SimilarityServiceTest::parameter)
                .isEqualTo("b");
        assertThatThrownBy(() -> dyads(SimilarityRequest.Source.ATOP, null, null, YearRange.of(2000, 2001)))
                .extracting(SimilarityServiceTest::parameter).isEqualTo("year");
        assertThatThrownBy(() -> service.similarity(new SimilarityRequest(CaseId.SOUTH_ASIA,
                SimilarityRequest.Source.ATOP, "IND", "PAK", YearRange.of(2015, 2020), null, Carry.NONE)))
                .hasMessageContaining("outside ATOP 5.1").extracting(SimilarityServiceTest::parameter).isEqualTo("to");
        assertThatThrownBy(() -> SimilarityRequest.Source.parse("votes")).extracting(SimilarityServiceTest::parameter)
                .isEqualTo("source");
        assertThat(List.of(SimilarityRequest.Source.values())).hasSize(2);
    }
}
