package org.counterweight.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceResult;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.events.EventFixtures;
import org.counterweight.app.events.EventImportRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.core.model.Basis;
import org.counterweight.core.network.SignRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event-based ties in the case's network after the tie datasets end, from {@link EventFixtures#year2022}: in
 * March 2022, 30 events Japan to Ukraine (Goldstein +1.9) and 5 Ukraine to Japan (-2.0), and 10 events
 * India to Australia (too few for evidence). By hand: Japan-Ukraine 35 events, mean (57 - 10) / 35 =
 * +1.342857, a positive tie of weight 0.1342857; no other evidence joins Japan and Ukraine in the case, so
 * it is event-based.
 */
class EventTiesTest {
    @TempDir
    static Path folder;
    static Workbench workbench;

    @BeforeAll
    static void load() {
        workbench = TestWorkbenches.copy(folder);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static BalanceResult.YearTies ties(int year) {
        return new BalanceService(workbench).balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.year(year), null,
                null, false)).ties().orElseThrow();
    }

    private static List<String> coverage(int year) {
        return new BalanceService(workbench).balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.year(year), null,
                null, false)).coverage().getOrDefault(String.valueOf(year), List.of());
    }

    @Test
    void eventsGiveTiesOfTheirOwnBasisOnlyWhenImported() {
        assertThat(ties(2022).resolved().ties()).noneMatch(t -> t.basis().kind() == Basis.Kind.EVENT_BASED);
        assertThat(coverage(2022)).anyMatch(c -> c.startsWith("Event data were not imported"));

        Path file = EventFixtures.year2022(folder);
        new EventsService(workbench).importEvents(new EventImportRequest("gdelt", file.toString()));

        SignRules.Tie tie = ties(2022).resolved().ties().stream().filter(t -> t.a().equals("JPN") && t.b().equals("UKR")
                || t.a().equals("UKR") && t.b().equals("JPN")).findFirst().orElseThrow();
        assertThat(tie.basis().label()).isEqualTo("event-based");
        assertThat(tie.sign().value()).isEqualTo(1);
        assertThat(tie.weight()).isCloseTo(0.1342857, offset(1e-6));
        assertThat(tie.reasons()).singleElement().asString().contains("35 events", "1 of 12 months covered");
        assertThat(ties(2022).resolved().ties()).noneMatch(t -> List.of(t.a(), t.b()).containsAll(List.of("IND",
                "AUS")) && t.basis().kind() == Basis.Kind.EVENT_BASED);
        assertThat(coverage(2022)).anyMatch(c -> c.startsWith("Event-based ties in 2022 from imported events, 1 of 12"));
        assertThat(coverage(2023)).anyMatch(c -> c.startsWith("No imported event file covers 2023"));
        assertThat(ties(2016).resolved().ties()).noneMatch(t -> t.basis().kind() == Basis.Kind.EVENT_BASED);
    }
}
