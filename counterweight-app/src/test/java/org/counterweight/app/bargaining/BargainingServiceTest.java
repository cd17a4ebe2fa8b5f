package org.counterweight.app.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.RunSettings;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UserFile;
import org.counterweight.app.Workbench;
import org.counterweight.core.bargaining.OfferKind;
import org.counterweight.core.bargaining.Variant;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bargaining service on the European Community table (round 1 as Scholz, Calbert &amp; Smith 2011
 * publish it, via issue 18) and on the case's issue files, whose capabilities come from the knowledge
 * base: NMC 7.0's CINC of the United States in 2022 is 0.12356574 (data/datasets/cow-nmc/NMC-7.0-abridged.csv,
 * row USA 2022), SIPRI's military expenditure of Pakistan in 2022 is 10358.1385902913 US$ m at constant
 * 2022 prices (data/datasets/sipri-milex/sipri_milex_selected_1949_2023.csv).
 */
class BargainingServiceTest {
    static final String EC = """
            Actor,Capability,Position,Salience
            Netherlands,.08,4,.8
            Belgium,.08,7,.4
            Luxembourg,.03,4,.2
            Germany,.16,4,.8
            France,.16,10,.6
            Italy,.16,10,.6
            UK,.16,10,.9
            Ireland,.05,7,.1
            Denmark,.05,4,1.0
            Greece,.08,7,.7
            """;

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static BargainingService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new BargainingService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static BargainingRequest table(String text, Integer rounds, RunSettings runs, Double spread) {
        return new BargainingRequest(null, new UserFile("ec.csv", text), rounds, Variant.SCHOLZ, runs, spread);
    }

    @Test
    void theReplicationTableGivesTheReconstructionsRoundOne() {
        BargainingResult result = service.run(table(EC, 1, null, null));

        assertThat(result.rounds().get(1).median()).isCloseTo(8.415932315426764, within(1e-9));
        assertThat(result.rounds().get(1).mean()).isCloseTo(7.461314378277189, within(1e-9));
        assertThat(result.rounds().get(1).accepted().get(0).kind()).isEqualTo(OfferKind.COMPROMISE);
        assertThat(result.issue().scale().span()).isEqualTo(6.0);
        assertThat(result.actors().get(0).capability().basis()).isEqualTo("input-table");
        assertThat(result.forecast()).isNull();
        Report.Table rounds = BargainingTables.rounds(result);
        assertThat(rounds.columns()).startsWith("round", "median", "mean", "Netherlands").endsWith("offers");
        assertThat(rounds.rows().get(1).get(rounds.columns().size() - 1).toString()).startsWith(
                "Belgium compromises with France (7 -> 8.415932315); Luxembourg loses a confrontation to Belgium");
    }

    @Test
    void theSameSeedGivesTheSameForecastOnAnyThreadCount() {
        BargainingResult one = service.run(table(EC, 5, new RunSettings(200, 3L, 1), 0.1));
        BargainingResult two = service.run(table(EC, 5, new RunSettings(200, 3L, 2), 0.1));

        assertThat(BargainingTables.of(two)).isEqualTo(BargainingTables.of(one));
        assertThat(one.forecast().runs()).isEqualTo(200);
        assertThat(one.forecast().sensitivity().bars()).hasSize(30);
        assertThat(one.actors().get(2).salience().note()).contains("range +/- 10% (the request's spread)");
    }

    @Test
    void aForecastNeedsARange() {
        assertThatThrownBy(() -> service.run(table(EC, 5, new RunSettings(10, 1L, 1), null)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("no input of ec.csv has a range");
    }

    @Test
    void theS400IssueReadsCincFromTheKnowledgeBase() {
        BargainingResult result = service.run(new BargainingRequest("s400-caatsa", null, null, Variant.SCHOLZ, null,
                null));

        ResolvedInput usa = result.actors().get(0).capability();
        assertThat(usa.value()).isEqualTo(0.12356574);
        assertThat(usa.basis()).isEqualTo("observed");
        assertThat(usa.source()).isEqualTo("COW NMC v7.0");
        assertThat(usa.range().low()).isCloseTo(0.12356574 * 0.8, within(1e-12));
        assertThat(result.actors().get(0).position().basis()).isEqualTo("analyst-assumption");
        assertThat(result.actors().get(0).position().quote()).startsWith("During the dialogue");
        assertThat(result.rounds()).hasSize(11);
        assertThat(result.issue().low()).isEqualTo("full CAATSA sanctions on India");
    }

    /**
     * With its inputs at their values the S-400 issue cycles with period 3 (rounds 2, 5, 8: 50; 3, 6, 9: 100;
     * 4, 7, 10: 57.1385715): the rounds' notes say so, since the last round's median is only where the run
     * stops; the European Community's first round has no cycle to tell.
     */
    @Test
    void aCyclingRunSaysItCyclesAndThroughWhichMedians() {
        BargainingResult result = service.run(new BargainingRequest("s400-caatsa", null, null, Variant.SCHOLZ, null,
                null));

        assertThat(result.cycle()).hasValueSatisfying(cycle -> {
            assertThat(cycle.first()).isEqualTo(2);
            assertThat(cycle.period()).isEqualTo(3);
            assertThat(cycle.medians()[0]).isEqualTo(50);
            assertThat(cycle.medians()[1]).isEqualTo(100);
            assertThat(cycle.medians()[2]).isCloseTo(57.1385715, within(1e-7));
        });
        assertThat(BargainingTables.rounds(result).notes()).contains("The positions cycle with period 3: round 5"
                + " repeats round 2, so from round 2 the median runs through 50, 100, 57.1385715 and again; the last"
                + " round's median (57.1385715, round 10) is where the run stops in the cycle, not where bargaining"
                + " settles.");
        BargainingResult ec = service.run(table(EC, 1, null, null));
        assertThat(ec.cycle()).isEmpty();
        assertThat(BargainingTables.rounds(ec).notes()).noneMatch(n -> n.contains("cycle"));
    }

    /**
     * Russia's salience at either end of its range (0.3, 0.7) ends the S-400 run at 50, the base run at
     * 57.1385715: both ends agree, so high - low is 0, but each moves the outcome by 7.14 from the base; the
     * sensitivity gives both changes and ranks by the larger.
     */
    @Test
    void theSensitivityGivesEachEndsChangeFromTheBase() {
        BargainingResult result = service.run(new BargainingRequest("s400-caatsa", null, null, Variant.SCHOLZ,
                new RunSettings(10, 1L, 1), null));
        Report.Table table = BargainingTables.sensitivity(result);
        List<Object> russia = table.rows().stream().filter(r -> r.get(1).equals("Russia") && r.get(2).equals(
                "salience")).findFirst().orElseThrow();
        int column = table.columns().indexOf("median_at_low");
        assertThat(table.columns().subList(column, table.columns().size())).containsExactly("median_at_low",
                "median_at_high", "change_at_low", "change_at_high", "largest_change");
        assertThat((double) russia.get(column)).isEqualTo(50);
        assertThat((double) russia.get(column + 1)).isEqualTo(50);
        assertThat((double) russia.get(column + 2)).isCloseTo(50 - 57.1385715, within(1e-7));
        assertThat((double) russia.get(column + 3)).isCloseTo(50 - 57.1385715, within(1e-7));
        assertThat((double) russia.get(column + 4)).isCloseTo(7.1385715, within(1e-7));
        assertThat(table.notes()).anyMatch(n -> n.contains("largest_change: the larger of |median at the low end -"
                + " base| and |median at the high end - base|, the rows ranked by it"));
        assertThat(table.notes()).anyMatch(n -> n.startsWith("The base run cycles with period 3"));
    }

    @Test
    void thePakistanIssueReadsMilitaryExpenditure() {
        BargainingResult result = service.run(new BargainingRequest("pakistan-alignment", null, 2,
                Variant.BDM_INTENT, new RunSettings(50, 1L, 2), null));

        ResolvedInput pakistan = result.actors().get(0).capability();
        assertThat(pakistan.value()).isCloseTo(10358.1385902913, within(1e-6));
        assertThat(pakistan.source()).startsWith("SIPRI");
        assertThat(result.forecast().median().mean()).hasSize(3);
        assertThat(BargainingTables.of(result)).extracting(Report.Table::id).containsExactly("bargaining-rounds",
                "bargaining-inputs", "bargaining-forecast", "bargaining-sensitivity");
    }

    @Test
    void aQuoteMustBeVerbatimAndItsSourceDeclared() {
        String issue = """
                id: t
                title: t
                case: south-asia
                scale: {min: 0, max: 10}
                actors:
                  - name: A
                    capability: {value: 1, rationale: r}
                    position: {value: 2, rationale: r, source: gillani-2021, quote: "Pakistan and India were friends."}
                    salience: {value: 1, rationale: r}
                  - name: B
                    capability: {value: 1, rationale: r}
                    position: {value: 8, rationale: r, source: no-such-source}
                    salience: {value: 1, rationale: r}
                """;
        assertThatThrownBy(() -> service.run(new BargainingRequest(null, new UserFile("t.yaml", issue), 1,
                Variant.SCHOLZ, null, null))).isInstanceOf(InputFormatException.class)
                .hasMessage("t.yaml, line 8, field 'actors[0].position.quote': quote not found verbatim in the text of"
                        + " gillani-2021");
        String fixed = issue.replace("Pakistan and India were friends.", "Pakistan and India were part of opposing"
                + " camps during the Cold War.");
        assertThatThrownBy(() -> service.run(new BargainingRequest(null, new UserFile("t.yaml", fixed), 1,
                Variant.SCHOLZ, null, null))).isInstanceOf(InputFormatException.class)
                .hasMessage("t.yaml, line 12, field 'actors[1].position.source': source 'no-such-source' is not"
                        + " declared by any case in the knowledge base");
        assertThat(service.run(new BargainingRequest(null, new UserFile("t.yaml", fixed.replace(
                ", source: no-such-source", "")), 1, Variant.SCHOLZ, null, null)).rounds()).hasSize(2);
    }

    @Test
    void unknownStatesAndUncoveredYearsAreRefusedNamingTheField() {
        String issue = """
                id: t
                title: t
                case: south-asia
                year: 2022
                scale: {min: 0, max: 10}
                actors:
                  - name: A
                    capability: {cinc: Atlantis}
                    position: {value: 2, rationale: r}
                    salience: {value: 1, rationale: r}
                  - name: B
                    capability: {value: 1, rationale: r}
                    position: {value: 8, rationale: r}
                    salience: {value: 1, rationale: r}
                """;
        assertThatThrownBy(() -> service.run(new BargainingRequest(null, new UserFile("t.yaml", issue), 1,
                Variant.SCHOLZ, null, null))).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("t.yaml, line 8, field 'actors[0].capability.cinc'");
        assertThatThrownBy(() -> service.run(new BargainingRequest(null, new UserFile("t.yaml", issue.replace(
                "cinc: Atlantis", "milex: PAK").replace("2022", "2030")), 1, Variant.SCHOLZ, null, null)))
                .isInstanceOf(RuntimeException.class).hasMessageContaining("2030");
    }

    @Test
    void requestsAreChecked() {
        assertThatThrownBy(() -> new BargainingRequest(null, null, 1, Variant.SCHOLZ, null, null))
                .hasMessageContaining("give a bundled issue or a file");
        assertThatThrownBy(() -> new BargainingRequest("nope", null, 1, Variant.SCHOLZ, null, null))
                .hasMessageContaining("no bundled issue 'nope'");
        assertThatThrownBy(() -> BargainingRequest.variant("bdm")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("known: scholz, bdm-intent");
        assertThatThrownBy(() -> table(EC, 1001, null, null)).hasMessageContaining("rounds must be 0-1000");
        assertThat(List.of(service.bundled())).isNotEmpty();
    }
}
