package org.counterweight.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceResult;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.events.EventImportRequest;
import org.counterweight.app.events.EventsService;
import org.counterweight.core.model.Basis;
import org.counterweight.core.network.SignRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event-based ties in the case's network after the tie datasets end. The fixture is a GDELT 2.0 file
 * written here from the first row of the io module's GDELT 2.0 fixture: in March 2022, 30 events
 * Japan to Ukraine coded 042 (QuadClass 1, Goldstein +1.9) and 5 Ukraine to Japan coded 112
 * (QuadClass 3, -2.0); and 10 events India to Australia (too few for evidence). By hand: Japan-Ukraine
 * 35 events, mean (57 - 10) / 35 = +1.342857, a positive tie of weight 0.1342857; no other evidence
 * joins Japan and Ukraine in the case, so it is event-based.
 */
class EventTiesTest {
    private static final Path TEMPLATE = Path.of("..", "counterweight-io", "src", "test", "resources", "events",
            "20160728000000.export.CSV");

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

    private static String event(String[] template, long id, String source, String target, String code, int quad,
            double goldstein) {
        String[] f = template.clone();
        f[0] = Long.toString(id);
        f[1] = "20220315";
        f[5] = source;
        f[7] = source;
        f[15] = target;
        f[17] = target;
        f[26] = code;
        f[29] = Integer.toString(quad);
        f[30] = Double.toString(goldstein);
        return String.join("\t", f);
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
    void eventsGiveTiesOfTheirOwnBasisOnlyWhenImported() throws IOException {
        assertThat(ties(2022).resolved().ties()).noneMatch(t -> t.basis().kind() == Basis.Kind.EVENT_BASED);
        assertThat(coverage(2022)).anyMatch(c -> c.startsWith("Event data were not imported"));

        String[] template = Files.readAllLines(TEMPLATE).get(0).split("\t", -1);
        List<String> lines = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < 30; i++) {
            lines.add(event(template, id++, "JPN", "UKR", "042", 1, 1.9));
        }
        for (int i = 0; i < 5; i++) {
            lines.add(event(template, id++, "UKR", "JPN", "112", 3, -2.0));
        }
        for (int i = 0; i < 10; i++) {
            lines.add(event(template, id++, "IND", "AUS", "042", 1, 1.9));
        }
        Path file = Files.write(folder.resolve("20220315000000.export.CSV"), lines);
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
