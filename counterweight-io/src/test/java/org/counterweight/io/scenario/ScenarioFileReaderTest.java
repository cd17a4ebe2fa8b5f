package org.counterweight.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.counterweight.core.scenario.InterventionSpec;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

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
                .hasMessageContaining("outside 2023-2033");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID.replace("[0.0, 0.4]", "[0.4, 0.0]")),
                "s.yaml")).hasMessageContaining("line 11").hasMessageContaining("low <= high");
        assertThatThrownBy(() -> ScenarioFileReader.read(new StringReader(VALID + "colour: red\n"), "s.yaml"))
                .hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> ScenarioFileReader.load("nowhere.yaml")).hasMessageContaining("neither a built-in");
    }
}
