package org.counterweight.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import org.counterweight.core.balance.FrustrationIndex;
import org.counterweight.core.balance.SignedNetwork;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.Sign;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.core.network.SignRules;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BalanceServiceTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static BalanceService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new BalanceService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static BalanceResult caseNetwork(YearRange years) {
        return service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, years, null, null, false));
    }

    /**
     * The case's 2021 network: the US-India partnership with Russia as India's arms supplier and a
     * US-Russia rivalry closes the unbalanced triad IND-RUS-USA the articles describe (India between
     * Washington and Moscow); its frustration index is solved to optimality.
     */
    @Test
    void theCaseNetworkOf2021NamesTheIndiaRussiaUsTriad() {
        BalanceResult result = caseNetwork(YearRange.year(2021));
        BalanceResult.NetworkBalance network = result.network("2021");
        assertThat(network.frustration().isOptimal()).isTrue();
        assertThat(network.census().unbalancedTriads()).anySatisfy(t -> assertThat(t.name()).isEqualTo("IND-RUS-USA"));
        assertThat(result.ties()).hasValueSatisfying(t -> assertThat(t.resolved().ties())
                .anySatisfy(tie -> assertThat(tie.a() + "-" + tie.b() + tie.sign()).isIn("IND-USAPOSITIVE",
                        "USA-INDPOSITIVE")));
        assertThat(result.triadsOverTime()).isEmpty();
    }

    /**
     * A state is a node only in the years of its COW state-system membership: Ukraine (COW 369) enters
     * on 26 December 1991, so the 1990 network has nine nodes and no Ukraine, the 1991 network ten with it
     * (and the Soviet Union, a member to the end of 1991).
     */
    @Test
    void aStateIsANodeOnlyInItsYearsOfStateSystemMembership() {
        BalanceResult result = caseNetwork(YearRange.of(1990, 1991));
        SignedNetwork y1990 = result.network("1990").network();
        SignedNetwork y1991 = result.network("1991").network();
        assertThat(y1990.nodes()).doesNotContain("UKR").contains("SUN").hasSize(9);
        assertThat(y1991.nodes()).contains("UKR", "SUN").hasSize(10);
    }

    /** Each year of a range is its own network, and every closed triad is followed across the years. */
    @Test
    void aRangeFollowsEachTriadOverTime() {
        BalanceResult result = caseNetwork(YearRange.of(2019, 2021));
        assertThat(result.networks()).extracting(BalanceResult.NetworkBalance::name).containsExactly("2019", "2020",
                "2021");
        assertThat(result.ties()).isEmpty();
        assertThat(result.triadsOverTime().get("IND-RUS-USA")).containsEntry("2021", false);
        for (BalanceResult.NetworkBalance n : result.networks()) {
            assertThat(n.census().unbalanced()).isEqualTo(n.census().unbalancedTriads().size());
        }
    }

    /**
     * Year by year, Afghanistan's ties change in 2021: to 2021 it has four (the US, India and, from May
     * 2021, China positive; Pakistan negative) and sits with the others in one bloc; from 2022, after the
     * Taliban take Kabul on 15 August 2021, only the negative tie to Pakistan is left and the optimal
     * partition puts Afghanistan in a bloc of its own.
     */
    @Test
    void afghanistansTiesChangeIn2021() {
        BalanceResult result = caseNetwork(YearRange.of(2020, 2022));
        List<Integer> degrees = result.networks().stream().map(n -> n.network().degree(n.network().indexOf("AFG")))
                .toList();
        assertThat(degrees).containsExactly(3, 4, 1);
        BalanceResult.NetworkBalance after = result.network("2022");
        assertThat(after.network().edge("AFG", "PAK").sign()).isEqualTo(-1);
        assertThat(after.network().edge("AFG", "USA")).isNull();
        assertThat(after.frustration().blocA().contains("AFG")).isNotEqualTo(after.frustration().blocA()
                .contains("PAK"));
    }

    /**
     * A triangle with one negative tie is unbalanced and one tie must go (frustration 1); with three
     * negative ties it is unbalanced too (Cartwright &amp; Harary 1956), again frustration 1.
     */
    @Test
    void aUsersEdgeListIsSplitByGroup() {
        UserFile edges = new UserFile("edges.csv", """
                from,to,sign,window
                A,B,1,w1
                B,C,1,w1
                A,C,-1,w1
                A,B,-1,w2
                B,C,-1,w2
                A,C,-1,w2
                """);
        BalanceResult result = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.open(), edges, "window",
                false));
        assertThat(result.networks()).extracting(BalanceResult.NetworkBalance::name).containsExactly("w1", "w2");
        assertThat(result.network("w1").frustration().frustration()).isEqualTo(1);
        assertThat(result.network("w2").frustration().frustration()).isEqualTo(1);
        assertThat(result.network("w2").census().unbalanced()).isEqualTo(1);
    }

    private static final Path SIGNED = Path.of("..", "data", "datasets", "signed-networks");

    /**
     * The Gahuku-Gama tribes (Read 1954): frustration index 7, as Aref &amp; Wilson (2019) report
     * (reproduced in the signnet package's paper.md; see counterweight-core's balance test resources).
     */
    @Test
    void frustrationIndexOfTheGahukuGamaTribes() throws Exception {
        String edges = Files.readString(SIGNED.resolve("gahuku_gama_tribes.csv")).replaceFirst("\"a\",\"b\",\"sign\"",
                "from,to,sign");
        BalanceResult.NetworkBalance tribes = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.open(),
                new UserFile("tribes.csv", edges), null, false)).networks().get(0);
        assertThat(tribes.frustration().frustration()).isEqualTo(7);
        assertThat(tribes.frustration().isOptimal()).isTrue();
        assertThat(tribes.network().edgeCount()).isEqualTo(58);
    }

    /**
     * The WWI alliance network (Antal, Krapivsky &amp; Redner 2006, Physica D 224): unbalanced until the
     * Triple Entente of 1907 splits the six powers into two balanced blocs.
     */
    @Test
    void theWwiNetworkBecomesBalancedIn1907() throws Exception {
        StringBuilder edges = new StringBuilder("year,from,to,sign\n");
        for (String line : Files.readAllLines(SIGNED.resolve("wwi_alliances_1872_1918.csv")).subList(1, 21)) {
            String[] f = line.split(",");
            for (int year = 1872; year <= 1907; year++) {
                if (Integer.parseInt(f[3]) <= year && year < Integer.parseInt(f[4])) {
                    edges.append(year).append(',').append(f[0]).append(',').append(f[1]).append(',').append(f[2])
                            .append('\n');
                }
            }
        }
        BalanceResult result = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.open(),
                new UserFile("wwi.csv", edges.toString()), "year", false));
        for (BalanceResult.NetworkBalance n : result.networks()) {
            int year = Integer.parseInt(n.name());
            assertThat(n.frustration().frustration()).as("frustration in %d", year).isEqualTo(year < 1907 ? 1 : 0);
        }
        BalanceResult.NetworkBalance entente = result.network("1907");
        assertThat(entente.walk().ratio()).isCloseTo(1, within(1e-12));
        assertThat(List.of(entente.frustration().blocA(), entente.frustration().blocB()))
                .anySatisfy(bloc -> assertThat(bloc).containsExactlyInAnyOrder("GBR", "FRA", "RUS"));
    }

    @Test
    void yearsBeforeTheStateSystemAndUnknownCasesAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> caseNetwork(YearRange.year(1810))).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("from");
        assertThatThrownBy(() -> service.balance(new BalanceRequest(new CaseId("no-such-case"), YearRange.year(2021),
                null, null, false))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no case 'no-such-case'")
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("case");
    }

    /**
     * No tie vanishes because a dataset ends: 2018 (ATOP's last year, observed) and 2019 (carried) have the
     * same ties, the 2019 ones resting on ATOP marked carried from 2018, and the tables say so. Without
     * carrying, the ATOP-only ties of 2019 are not covered and drop out, and the coverage note says why.
     */
    @Test
    void tiesAreCarriedPastTheDatasetsEndsAndMarked() {
        BalanceResult carried = caseNetwork(YearRange.of(2018, 2019));
        BalanceResult.NetworkBalance last = carried.network("2018");
        BalanceResult.NetworkBalance next = carried.network("2019");
        assertThat(next.network().edgeCount()).isEqualTo(last.network().edgeCount());
        assertThat(last.carriedTies()).isZero();
        assertThat(next.carriedTies()).isPositive();
        assertThat(carried.coverage().get("2019")).anySatisfy(c -> assertThat(c).startsWith("ATOP 5.1 ends in 2018"));
        assertThat(carried.coverage()).doesNotContainKey("2018");
        Report.Table summary = BalanceTables.of(carried).get(0);
        assertThat(summary.columns()).contains("carried_ties");
        assertThat(summary.notes()).anySatisfy(n -> assertThat(n).contains("ATOP 5.1 ends in 2018"));

        BalanceResult single = caseNetwork(YearRange.year(2019));
        List<SignRules.Tie> ties = single.ties().orElseThrow().resolved().ties();
        assertThat(tie(ties, "IND", "USA").basis().kind()).isEqualTo(Basis.Kind.CURATED);
        assertThat(tie(ties, "GBR", "USA").basis().kind()).as("ATOP, carried").isEqualTo(Basis.Kind.CARRIED_FORWARD);
        assertThat(tie(ties, "GBR", "USA").basis().fromYear()).isEqualTo(2018);
        assertThat(tie(ties, "AFG", "PAK").basis().kind()).as("TSS observes 2019").isEqualTo(Basis.Kind.OBSERVED);
        assertThat(BalanceTables.of(single).get(0).columns()).contains("basis");
        assertThat(caseNetwork(YearRange.year(2015)).ties().orElseThrow().resolved().ties())
                .anySatisfy(t -> assertThat(t.basis().kind()).isEqualTo(Basis.Kind.OBSERVED))
                .noneSatisfy(t -> assertThat(t.carried()).isTrue());

        BalanceResult uncarried = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.of(2018, 2019),
                null, null, false, Carry.NONE));
        assertThat(uncarried.network("2019").network().edgeCount()).isLessThan(last.network().edgeCount());
        assertThat(uncarried.network("2019").carriedTies()).isZero();
        assertThat(uncarried.coverage().get("2019")).anySatisfy(c -> assertThat(c).contains("not covered"));
    }

    /**
     * Counting commitments only ({@link ObligationScope#COMMITMENTS}), 2023's network loses the positive
     * ties that ATOP's coding of the Treaty of Amity and Cooperation as a non-aggression pact gave UK-Russia
     * and Japan-Russia, and splits into two blocs: CHN PAK RUS UKR against AFG AUS GBR IND JPN USA, with a
     * frustration index of 2 (RUS-UKR and IND-RUS frustrated). Counting every obligation (the default)
     * is unchanged: one bloc of every state but Afghanistan, frustration index 6.
     */
    @Test
    void commitmentsOnlySplitThe2023NetworkAndTheDefaultIsUnchanged() {
        BalanceResult all = caseNetwork(YearRange.year(2023));
        BalanceResult allNamed = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.year(2023), null,
                null, false, Carry.FORWARD, ObligationScope.ALL));
        BalanceResult commitments = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.year(2023), null,
                null, false, Carry.FORWARD, ObligationScope.COMMITMENTS));
        List<SignRules.Tie> allTies = all.ties().orElseThrow().resolved().ties();
        assertThat(allNamed.ties().orElseThrow().resolved().ties()).isEqualTo(allTies);
        assertThat(tie(allTies, "GBR", "RUS").sign()).isEqualTo(Sign.POSITIVE);
        assertThat(tie(allTies, "JPN", "RUS").sign()).isEqualTo(Sign.POSITIVE);
        FrustrationIndex.Result allBalance = all.network("2023").frustration();
        assertThat(allBalance.frustration()).isEqualTo(6.0);
        assertThat(List.of(allBalance.blocA(), allBalance.blocB())).containsExactlyInAnyOrder(List.of("AFG"),
                List.of("AUS", "CHN", "GBR", "IND", "JPN", "PAK", "RUS", "UKR", "USA"));

        List<SignRules.Tie> commitmentTies = commitments.ties().orElseThrow().resolved().ties();
        assertThat(commitmentTies).noneMatch(t -> t.sign() == Sign.POSITIVE && (pair(t, "GBR", "RUS")
                || pair(t, "JPN", "RUS")));
        FrustrationIndex.Result split = commitments.network("2023").frustration();
        assertThat(split.isOptimal()).isTrue();
        assertThat(split.frustration()).isEqualTo(2.0);
        assertThat(List.of(split.blocA(), split.blocB())).containsExactlyInAnyOrder(
                List.of("CHN", "PAK", "RUS", "UKR"), List.of("AFG", "AUS", "GBR", "IND", "JPN", "USA"));
        assertThat(commitments.coverage().get("2023")).anySatisfy(c -> assertThat(c).contains("commitments"));
    }

    private static boolean pair(SignRules.Tie tie, String a, String b) {
        return tie.a().equals(a) && tie.b().equals(b) || tie.a().equals(b) && tie.b().equals(a);
    }

    private static SignRules.Tie tie(List<SignRules.Tie> ties, String a, String b) {
        return ties.stream().filter(t -> t.a().equals(a) && t.b().equals(b) || t.a().equals(b) && t.b().equals(a))
                .findFirst().orElseThrow();
    }

    /** The tables carry what the result holds: one row per network, its ties with their evidence. */
    @Test
    void tablesMirrorTheResult() {
        BalanceResult result = caseNetwork(YearRange.year(2021));
        var tables = BalanceTables.of(result);
        assertThat(tables).extracting(t -> t.id()).containsExactly("balance-ties", "balance-summary",
                "unbalanced-triads");
        SignRules.Result resolved = result.ties().orElseThrow().resolved();
        assertThat(tables.get(0).rows()).hasSize(resolved.ties().size());
        Report.Table summary = tables.get(1);
        assertThat(summary.rows().get(0).get(summary.columns().indexOf("frustration_index")))
                .isEqualTo(result.network("2021").frustration().frustration());
    }
}
