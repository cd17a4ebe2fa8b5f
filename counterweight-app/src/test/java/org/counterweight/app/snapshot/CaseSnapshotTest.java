package org.counterweight.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
import org.counterweight.core.model.Sign;
import org.counterweight.core.network.SignRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case as the analyses read it: states by year, ties, and values with their basis. */
class CaseSnapshotTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static CaseSnapshot snapshot;

    @BeforeAll
    static void load() {
        workbench = TestWorkbenches.copy(folder);
        try (UnitOfWork work = workbench.begin()) {
            snapshot = work.snapshot(CaseId.SOUTH_ASIA, 1990, 2024);
        }
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static Actor actor(String id) {
        return snapshot.actor(id).orElseThrow();
    }

    /** COW code 365 is the Soviet Union to 1991 and Russia from 1992: one holder a year. */
    @Test
    void theSovietUnionAndRussiaShareCode365OneYearEach() {
        assertThat(snapshot.statesIn(1991)).extracting(Actor::id).contains("SUN").doesNotContain("RUS");
        assertThat(snapshot.statesIn(1992)).extracting(Actor::id).contains("RUS").doesNotContain("SUN");
        assertThat(snapshot.states()).extracting(Actor::id).contains("SUN", "RUS", "IND", "PAK", "USA", "CHN");
    }

    /**
     * Pakistan's CINC in 2019 as COW NMC 7.0 publishes it (0.017662292, the value the NMC file holds);
     * after NMC's last year (2022) the 2022 value stands in, and says so.
     */
    @Test
    void cincIsObservedWithinNmcAndCarriedForwardAfterIt() {
        BasedValue observed = snapshot.cinc(actor("PAK"), 2019);
        assertThat(observed.value()).isEqualTo(0.017662292);
        assertThat(observed.basis()).isEqualTo(Basis.observed("COW NMC v7.0"));
        BasedValue carried = snapshot.cinc(actor("PAK"), 2024);
        assertThat(carried.basis().kind()).isEqualTo(Basis.Kind.CARRIED_FORWARD);
        assertThat(carried.basis().fromYear()).isEqualTo(2022);
        assertThat(carried.value()).isEqualTo(snapshot.cinc(actor("PAK"), 2022).value());
    }

    /** The alignment matrix is the ties' signed weights, symmetric, 0 without a tie; a removed agreement can weaken a tie. */
    @Test
    void alignmentIsTheSignedTieWeights() {
        List<String> ids = List.of("IND", "PAK", "USA");
        double[][] w = snapshot.alignment(ids, 2021, Set.of());
        assertThat(w[0][1]).isNegative().isEqualTo(w[1][0]);
        assertThat(w[0][2]).isPositive().isEqualTo(w[2][0]);
        assertThat(w[0][0]).isZero();
        double[][] without = snapshot.alignment(ids, 2021, Set.of("us-ind-beca", "us-ind-comcasa", "us-ind-lemoa",
                "us-ind-gsomia"));
        assertThat(without[0][2]).isLessThanOrEqualTo(w[0][2]);
        assertThat(snapshot.network(2021).nodeCount()).isEqualTo(snapshot.statesIn(2021).size());
    }

    private static List<String> tiesOf(String actor, int year) {
        return snapshot.ties(year).ties().stream().filter(t -> t.a().equals(actor) || t.b().equals(actor))
                .map(t -> (t.a().equals(actor) ? t.b() : t.a()) + (t.sign() == Sign.POSITIVE ? "+" : "-") + " "
                        + t.basis().label()).sorted().toList();
    }

    /**
     * The Islamic Republic of Afghanistan's curated ties (with the US from the 2012 Enduring Strategic
     * Partnership Agreement, with India from the 2011 Strategic Partnership Agreement, with China from
     * Gillani's article of May 2021) hold until the Taliban take Kabul on 15 August 2021: in 2020 and
     * in 2021 (a tie holds in every year its period touches), not in 2022, when the US consultation
     * obligation ATOP codes to 2018 is no longer carried either. Only the Afghanistan-Pakistan rivalry,
     * which TSS codes through the Taliban's first rule (1996-2001) and as ongoing in 2020, is carried on.
     */
    @Test
    void afghanistansCuratedTiesHoldIn2020AndEndWithTheTalibanTakeover() {
        assertThat(tiesOf("AFG", 2020)).containsExactly("IND+ curated", "PAK- observed", "USA+ curated");
        assertThat(tiesOf("AFG", 2021)).containsExactly("CHN+ curated", "IND+ curated",
                "PAK- carried-forward-from-2020", "USA+ curated");
        assertThat(tiesOf("AFG", 2022)).containsExactly("PAK- carried-forward-from-2020");
        assertThat(tiesOf("AFG", 2024)).isEqualTo(tiesOf("AFG", 2022));
        SignRules.Tie usa2021 = snapshot.ties(2021).ties().stream().filter(t -> t.a().equals("AFG")
                && t.b().equals("USA")).findFirst().orElseThrow();
        assertThat(usa2021.reasons()).containsExactly("+ relation usa-afg-partnership (2012-05-02 to 2021-08-15;"
                + " start: atop-4.01; end: taliban-kabul-2021)");
        assertThat(usa2021.overruled()).hasSize(2).allSatisfy(reason -> assertThat(reason)
                .contains("ATOP 5.1 consultation obligation").endsWith("(carried from 2018)"));
    }

    /**
     * The only ATOP obligations of Afghanistan in 2018 are the consultation pair with the US (ATOP 5.1:
     * 700-2 and 2-700). Carried, they hold to 2021 and stop after the Islamic Republic's fall on
     * 2021-08-15 (obligation-ends-curated): no carried ATOP obligation or tie evidence involves
     * Afghanistan in 2022, and the year's coverage note names the end. Without carrying, 2022 is not covered.
     */
    @Test
    void carriedAtopObligationsOfAfghanistanStopAfterTheIslamicRepublicsFall() {
        CaseSnapshot.YearObligations y2021 = snapshot.obligations(2021);
        assertThat(y2021.carriedFrom()).isEqualTo(2018);
        assertThat(y2021.ended()).isEmpty();
        assertThat(y2021.obligations()).filteredOn(o -> o.ccode1() == 700 || o.ccode2() == 700)
                .extracting(o -> o.ccode1() + "-" + o.ccode2()).containsExactlyInAnyOrder("2-700", "700-2");
        CaseSnapshot.YearObligations y2022 = snapshot.obligations(2022);
        assertThat(y2022.carriedFrom()).isEqualTo(2018);
        assertThat(y2022.ended()).extracting(e -> e.cowCode()).containsExactly(700);
        assertThat(y2022.obligations()).isNotEmpty().noneMatch(o -> o.ccode1() == 700 || o.ccode2() == 700);
        assertThat(snapshot.ties(2022).ties()).filteredOn(t -> t.a().equals("AFG") || t.b().equals("AFG"))
                .allSatisfy(t -> assertThat(t.reasons()).noneMatch(r -> r.contains("ATOP")))
                .allSatisfy(t -> assertThat(t.overruled()).noneMatch(r -> r.contains("ATOP")));
        assertThat(snapshot.coverage(2022)).contains("ATOP 5.1 ends in 2018: obligations in force then are carried,"
                + " except those of the Islamic Republic of Afghanistan after its fall on 2021-08-15 (The Quint,"
                + " \"Taliban Takes Over Kabul, President Ashraf Ghani Flees Afghanistan\", 2021-08-16,"
                + " https://www.thequint.com/news/world/talibans-seizure-of-afghanistan-fear-and-panic-grips-kabul"
                + " (case source taliban-kabul-2021))");
        try (UnitOfWork work = workbench.begin()) {
            CaseSnapshot uncarried = work.snapshot(CaseId.SOUTH_ASIA, 2018, 2022, Carry.NONE);
            assertThat(uncarried.obligations(2022).covered()).isFalse();
            assertThat(uncarried.obligations(2018).obligations()).anyMatch(o -> o.ccode1() == 700);
            assertThat(uncarried.coverage(2022)).containsExactly("ATOP 5.1 ends in 2018: no alliance evidence after"
                    + " it (not covered)", "TSS 2021 rivalries end in 2020: no rivalry evidence after it (not covered)",
                    "Event data were not imported (import gdelt or icews): no event-based ties in 2022");
        }
    }

    /**
     * The Indo-Soviet alignment starts with the Treaty of Peace, Friendship and Cooperation of 9 August
     * 1971 (not with independence in 1947): no SUN-IND tie in 1970 (ATOP's consultation pact ran
     * 1962-1964), a positive curated one in 1972.
     */
    @Test
    void theIndoSovietAlignmentStartsWithThe1971Treaty() {
        try (UnitOfWork work = workbench.begin()) {
            CaseSnapshot coldWar = work.snapshot(CaseId.SOUTH_ASIA, 1970, 1972);
            assertThat(coldWar.ties(1970).ties()).noneMatch(t -> t.a().equals("IND") && t.b().equals("SUN"));
            assertThat(coldWar.ties(1972).ties()).filteredOn(t -> t.a().equals("IND") && t.b().equals("SUN"))
                    .singleElement().satisfies(t -> {
                        assertThat(t.sign()).isEqualTo(Sign.POSITIVE);
                        assertThat(t.basis().kind()).isEqualTo(Basis.Kind.CURATED);
                        assertThat(t.reasons()).contains("+ relation sun-ind-cold-war-alignment (1971-08-09 to"
                                + " 1991-12-26; start: indo-soviet-treaty-1971, atop-4.01; end: ussr-dissolution-1991)");
                    });
        }
    }

    /** SIPRI figures: the value row of a year, none for a year SIPRI's release does not reach. */
    @Test
    void expenditureHasAValueWhereSipriPublishesOne() {
        assertThat(snapshot.milexValue(actor("IND"), 2020)).hasValueSatisfying(m -> assertThat(
                m.constantUsdMillions().getAsDouble()).isGreaterThan(50_000));
        assertThat(snapshot.milexValue(actor("IND"), 2024)).isEmpty();
        assertThat(snapshot.milexRows(actor("RUS"), 1990)).isEmpty();
    }
}
