package org.counterweight.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterweight.core.network.ObligationScope;
import org.counterweight.core.scenario.ClaimTest;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.core.scenario.Location;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileReaderTest {
    @Test
    void everyBuiltInScenarioLoads() {
        for (String id : ScenarioFileReader.BUNDLED) {
            assertThat(ScenarioFileReader.bundled(id).id()).isEqualTo(id);
        }
        var caatsa = ScenarioFileReader.bundled("caatsa-india");
        assertThat(caatsa.interventions()).hasSize(2);
        assertThat(caatsa.interventions().get(0).kind()).isEqualTo(InterventionSpec.Kind.SHIFT_TIE);
        assertThat(caatsa.interventions().get(0).magnitude().low()).isEqualTo(-0.5);
        assertThat(ScenarioFileReader.bundled("no-foundational-agreements").withoutAgreements()).contains("us-ind-beca");
    }

    /** The agreements a counterfactual removes are listed in the file's order, the same on every run. */
    @Test
    void agreementsLeftOutKeepTheFilesOrder() {
        assertThat(ScenarioFileReader.bundled("no-foundational-agreements").withoutAgreements()).containsExactly(
                "us-ind-gsomia", "us-ind-lemoa", "us-ind-comcasa", "us-ind-beca");
    }

    private static final String VALID = """
            scenario: test
            title: Test
            case: south-asia
            start: 2023
            horizon: 10
            interventions:
              - at: 2025
                label: tie
                kind: set-tie
                actors: [USA, PAK]
                range: [0.0, 0.4]
            """;

    @Test
    void errorsNameLineAndField() {
        assertThat(ScenarioFileReader.read(new StringReader(VALID), "s.yaml").runs()).isEqualTo(1000);
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("set-tie", "tie")), "s.yaml"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(9);
                    assertThat(e.field()).isEqualTo("interventions[0].kind");
                });
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("at: 2025", "at: 2040")), "s.yaml"))
                .hasMessageContaining("outside the scenario's years 2023-2033")
                .hasMessageContaining("field 'interventions[0].at'");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("[0.0, 0.4]", "[0.4, 0.0]")),
                "s.yaml")).hasMessageContaining("line 11").hasMessageContaining("low <= high");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "colour: red\n"), "s.yaml"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> ScenarioFileReader.load("nowhere.yaml")).hasMessageContaining("neither a built-in");
    }

    /** {@code obligations} picks the ATOP obligation types counted as ties: all by default, a bad one named. */
    @Test
    void theObligationScopeIsReadAndABadOneNamed() {
        assertThat(ScenarioFileReader.read(new StringReader(VALID), "s.yaml").obligations())
                .isEqualTo(ObligationScope.ALL);
        var scoped = ScenarioFileReader.read(new StringReader(VALID + "obligations: commitments\n"), "s.yaml");
        assertThat(scoped.obligations()).isEqualTo(ObligationScope.COMMITMENTS);
        assertThat(scoped.baseline().obligations()).isEqualTo(ObligationScope.COMMITMENTS);
        assertThat(scoped.withRuns(10, 2).obligations()).isEqualTo(ObligationScope.COMMITMENTS);
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "obligations: treaties\n"),
                "s.yaml")).isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("obligations");
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.getMessage()).contains("treaties").contains("commitments");
                });
    }

    /** Issue 15 "Why" points 4 and 8: each of these was accepted, leaked an exception or blamed a CLI option. */
    @Test
    void valuesOutOfRangeAndRepeatedIdsNameTheirFileLineAndField() {
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "runs: 100000000\n"), "s.yaml"))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("runs");
                    assertThat(e.line()).isEqualTo(12);
                    assertThat(e.getMessage()).contains("must be 1-1000000").doesNotContain("--runs");
                });
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("[USA, PAK]", "[IND, IND]")),
                "s.yaml")).isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("interventions[0].actors");
                    assertThat(e.getMessage()).contains("IND twice");
                });
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("horizon: 10", "horizon: 0x1p3")),
                "s.yaml")).hasMessageContaining("field 'horizon'").hasMessageContaining("expected a whole number");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("set-tie", "shift-tie")
                .replace("range: [0.0, 0.4]", "value: 1e300")), "s.yaml"))
                .hasMessageContaining("field 'interventions[0].value'").hasMessageContaining("[-2, 2]");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("set-tie", "scale-level")
                .replace("[USA, PAK]", "[USA]").replace("range: [0.0, 0.4]", "value: 1e300")), "s.yaml"))
                .hasMessageContaining("[0, 100]");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "without_agreements: [a, b, a]\n"),
                "s.yaml")).hasMessageContaining("field 'without_agreements[2]'").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "horizon: 5\n"), "s.yaml"))
                .hasMessageContaining("'horizon' is given twice");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "alignment_drift: {structural_balance:"
                + " NaN}\n"), "s.yaml")).hasMessageContaining("field 'alignment_drift.structural_balance'");
    }

    @Test
    void aFileInAnotherEncodingIsReportedInWords(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("latin.yaml"), (VALID.replace("title: Test", "title: Caf\u00e9"))
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ScenarioFileReader.load(file.toString())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("latin.yaml, line 2: not UTF-8 at byte")
                .hasMessageNotContaining("MalformedInputException");
    }

    private static final String TESTED = """
            scenario: test
            title: Test
            cites: [gillani-2021-48]
            case: south-asia
            start: 2023
            horizon: 10
            interventions:
              - at: 2025
                label: create
                kind: create-tie
                actors: [USA, AFG]
                value: 0.3
            tests:
              - claim: gillani-2021-48
                measure: PAK.deficit
                expect: decrease
            """;

    /** Tests name a cited claim, an ACTOR.MEASURE the simulation records and a direction; each knows its line. */
    @Test
    void testsAreReadWithTheirLocations() {
        var spec = ScenarioFileReader.read(new StringReader(TESTED), "t.yaml");
        assertThat(spec.tests()).singleElement().satisfies(test -> {
            assertThat(test.series()).isEqualTo("PAK.deficit");
            assertThat(test.expect()).isEqualTo(ClaimTest.Direction.DECREASE);
            assertThat(test.location()).isEqualTo(new Location("t.yaml", 14, "tests[0]"));
        });
        assertThat(spec.interventions().get(0).kind()).isEqualTo(InterventionSpec.Kind.CREATE_TIE);
        assertThat(spec.interventions().get(0).location()).isEqualTo(new Location("t.yaml", 8, "interventions[0]"));
        assertThatThrownBy(() -> read(TESTED.replace("PAK.deficit", "PAK.mood"))).isInstanceOfSatisfying(
                InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(15);
                    assertThat(e.field()).isEqualTo("tests[0].measure");
                    assertThat(e.getMessage()).contains("unknown measure 'mood'");
                });
        assertThatThrownBy(() -> read(TESTED.replace("PAK.deficit", "deficit"))).hasMessageContaining("ACTOR.MEASURE");
        assertThatThrownBy(() -> read(TESTED.replace("expect: decrease", "expect: up"))).isInstanceOfSatisfying(
                InputFormatException.class, e -> assertThat(e.field()).isEqualTo("tests[0].expect"));
        assertThatThrownBy(() -> read(TESTED.replace("claim: gillani-2021-48", "claim: gillani-2021-49")))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("tests[0].claim");
                    assertThat(e.getMessage()).contains("does not cite it");
                });
        assertThatThrownBy(() -> read(TESTED.replace("cites: [gillani-2021-48]", "cites: [gillani-2021-48, x-1]")))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("cites[1]");
                    assertThat(e.getMessage()).contains("states no test of it");
                });
        assertThatThrownBy(() -> read(TESTED.replace("value: 0.3", "range: [-0.1, 0.2]"))).hasMessageContaining(
                "non-zero");
        assertThatThrownBy(() -> read(TESTED.replace("create-tie", "scale-capacity"))).hasMessageContaining("kind");
    }

    private static Object read(String text) {
        return ScenarioFileReader.read(new StringReader(text), "t.yaml");
    }
}
