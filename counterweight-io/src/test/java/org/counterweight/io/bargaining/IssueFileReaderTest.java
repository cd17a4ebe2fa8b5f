package org.counterweight.io.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

/** Replication tables and issue files: what is read, and every refusal naming file, line and field. */
class IssueFileReaderTest {
    private static final String EC = """
            Actor,Capability,Position,Salience
            Netherlands,.08,4,.8
            Belgium,.08,7,.4
            """;

    private static final String ISSUE = """
            id: test
            title: A test issue
            case: south-asia
            year: 2020
            scale: {min: 0, max: 100, low: none, high: all}
            actors:
              - name: A
                capability: {cinc: USA, spread: 0.1}
                position: {value: 40, range: [30, 50], rationale: "the analyst's reading"}
                salience: {value: 0.5, rationale: guess}
              - name: B
                capability: {value: 0.2, rationale: guess}
                position: {value: 80, rationale: guess, source: gillani-2021, quote: "some words"}
                salience: {value: 1, rationale: guess}
            """;

    @Test
    void readsATableInAnyLetterCaseWithOptionalRanges() {
        IssueFile file = IssueFileReader.read("ACTOR,capability,Position,SALIENCE,position_low,Position High\n"
                + "A,1,2,0.5,1,3\nB,2,5,1,,\n", "ec.csv");

        assertThat(file.format()).isEqualTo(IssueFile.Format.CSV);
        assertThat(file.id()).isEqualTo("ec");
        assertThat(file.actors()).extracting(IssueActor::name).containsExactly("A", "B");
        assertThat(file.actors().get(0).position().low()).isEqualTo(1.0);
        assertThat(file.actors().get(1).position().ranged()).isFalse();
        assertThat(file.actors().get(1).salience().value()).isEqualTo(1.0);
        assertThat(IssueFileReader.read(EC, "ec.txt").format()).isEqualTo(IssueFile.Format.CSV);
    }

    @Test
    void tableErrorsNameFileLineAndField() {
        assertRefused("Actor,Capability,Position\nA,1,2\n", "t.csv", "t.csv, line 1, field 'salience': missing column");
        assertRefused(EC + "Luxembourg,.03,four,.2\n", "t.csv", "t.csv, line 4, field 'Position': expected a finite"
                + " number, got 'four'");
        assertRefused(EC + "Ireland,.05,7,10\n", "t.csv", "t.csv, line 4, field 'Salience': salience is a share in"
                + " [0, 1], got 10.0 (a percentage? divide by 100)");
        assertRefused(EC + "Belgium,.08,7,.4\n", "t.csv", "t.csv, line 4, field 'Actor': actor 'Belgium' is listed"
                + " twice");
        assertRefused(EC + "Greece,.08,7\n", "t.csv", "t.csv, line 4: expected 4 fields as in the header, found 3");
        assertRefused(EC + "Greece,-1,7,.7\n", "t.csv", "t.csv, line 4, field 'Capability': capability must be >= 0");
        assertRefused("Actor,Capability,Position,Salience,Clout\nA,1,2,1,3\n", "t.csv", "field 'Clout': unknown column");
        assertRefused("Actor,Capability,Position,Salience,Position_Low\nA,1,2,1,1\nB,1,3,1,2\n", "t.csv",
                "line 2, field 'Position_Low': give both ends");
        assertRefused("Actor,Capability,Position,Salience\nA,1,2,1\n", "t.csv", "at least two actors, found 1");
        assertRefused("", "t.csv", "t.csv: empty file");
    }

    @Test
    void readsAnIssueFile() {
        IssueFile file = IssueFileReader.read(ISSUE, "test.yaml");

        assertThat(file.format()).isEqualTo(IssueFile.Format.YAML);
        assertThat(file.scale()).isEqualTo(new IssueFile.Scale(0, 100, "none", "all"));
        InputSpec capability = file.actors().get(0).capability();
        assertThat(capability.reference()).isEqualTo(new InputSpec.Reference(InputSpec.Measure.CINC, "USA"));
        assertThat(capability.spread()).isEqualTo(0.1);
        assertThat(capability.line()).isEqualTo(8);
        assertThat(file.actors().get(1).position().quote()).isEqualTo("some words");
        assertThat(file.actors().get(0).position().field()).isEqualTo("actors[0].position");
    }

    @Test
    void issueFileErrorsNameFileLineAndField() {
        assertRefused(ISSUE.replace("rationale: \"the analyst's reading\"", "note: x"), "i.yaml",
                "i.yaml, line 9, field 'actors[0].position.note': unknown key 'note'");
        assertRefused(ISSUE.replace(", rationale: \"the analyst's reading\"", ""), "i.yaml",
                "i.yaml, line 9, field 'actors[0].position.rationale': an analyst's assumption needs its rationale");
        assertRefused(ISSUE.replace("rationale: guess, source: gillani-2021, quote", "rationale: guess, quote"),
                "i.yaml", "line 13, field 'actors[1].position': a quote or a locator needs the source");
        assertRefused(ISSUE.replace("{value: 40, range: [30, 50], rationale: \"the analyst's reading\"}",
                "{cinc: USA}"), "i.yaml", "line 9, field 'actors[0].position': only a capability can be drawn");
        assertRefused(ISSUE.replace("year: 2020\n", ""), "i.yaml", "field 'year': inputs drawn from the knowledge"
                + " base need the year");
        assertRefused(ISSUE.replace("value: 80", "value: 180"), "i.yaml", "line 13, field 'actors[1].position':"
                + " position 180.0 is off the issue's scale [0.0, 100.0]");
        assertRefused(ISSUE.replace("range: [30, 50]", "range: [45, 50]"), "i.yaml", "value 40.0 lies outside its"
                + " range [45.0, 50.0]");
        assertRefused(ISSUE.replace("{cinc: USA, spread: 0.1}", "{cinc: USA, value: 2}"), "i.yaml",
                "give exactly one of value, cinc or milex");
        assertRefused(ISSUE.replace("{cinc: USA, spread: 0.1}", "{cinc: USA, quote: x}"), "i.yaml",
                "'quote' goes with an analyst's value");
        assertRefused(ISSUE.replace("scale: {min: 0, max: 100", "scale: {min: 100, max: 0"), "i.yaml",
                "the scale needs min < max");
        assertRefused("id: x\n  bad: [", "i.yaml", "i.yaml, line 2: not valid YAML");
    }

    @Test
    void theBundledIssuesRead() {
        for (String id : IssueFileReader.BUNDLED) {
            IssueFile file = IssueFileReader.bundled(id);
            assertThat(file.id()).isEqualTo(id);
            assertThat(file.caseId()).isEqualTo("south-asia");
            assertThat(file.actors()).hasSizeGreaterThanOrEqualTo(5);
            for (IssueActor actor : file.actors()) {
                assertThat(actor.capability().fromKnowledgeBase()).as(actor.name()).isTrue();
                assertThat(actor.position().rationale()).as(actor.name()).isNotBlank();
            }
        }
    }

    private static void assertRefused(String text, String name, String message) {
        assertThatThrownBy(() -> IssueFileReader.read(text, name)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining(message);
    }
}
