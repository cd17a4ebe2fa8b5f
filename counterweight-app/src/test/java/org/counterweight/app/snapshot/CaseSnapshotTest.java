package org.counterweight.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.BasedValue;
import org.counterweight.core.model.Basis;
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

    /** SIPRI figures: the value row of a year, none for a year SIPRI's release does not reach. */
    @Test
    void expenditureHasAValueWhereSipriPublishesOne() {
        assertThat(snapshot.milexValue(actor("IND"), 2020)).hasValueSatisfying(m -> assertThat(
                m.constantUsdMillions().getAsDouble()).isGreaterThan(50_000));
        assertThat(snapshot.milexValue(actor("IND"), 2024)).isEmpty();
        assertThat(snapshot.milexRows(actor("RUS"), 1990)).isEmpty();
    }
}
