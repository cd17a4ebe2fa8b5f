package org.counterweight.io.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.counterweight.core.model.AgreementType;
import org.counterweight.core.model.Alias;
import org.counterweight.core.model.AliasKind;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.Evidence;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Supports;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.Test;

class CaseFileReaderTest {
    private static final String ARTICLE = "Pakistan and India are arch rivals, having fought three border wars.\n"
            + "Pakistan should continue to bolster relations with China and Russia.";

    private static final String VALID = """
            case: mini
            title: A small case
            sources:
              - id: art-2021
                kind: article
                title: An article
                authors: [A. Writer]
                date: 2021-05-01
                file: articles/art.txt
            actors:
              - id: IND
                kind: state
                name: India
                cow: 750
                aliases: {metonyms: [New Delhi], adjectives: [Indian], combining: [Indo]}
              - id: PAK
                kind: state
                name: Pakistan
                cow: 770
            agreements:
              - id: ind-pak-test
                name: Test accord
                type: strategic-dialogue
                parties: [IND, PAK]
                signed: 2004-01
                evidence:
                  - {source: dataset-x, locator: "table 1"}
            events:
              - date: 2019-02-26
                source: IND
                target: PAK
                cameo: "195"
                evidence: [{source: art-2021, quote: "arch rivals"}]
            claims:
              - id: mini-01
                kind: fact
                subjects: [IND, PAK]
                predicate: fought-border-wars
                value: {amount: 3, unit: wars}
                evidence:
                  - source: art-2021
                    quote: "Pakistan and India are arch   rivals, having fought three border wars."
              - id: mini-02
                kind: recommendation
                subjects: [PAK]
                predicate: should-bolster-relations
                attributed_to: A. Writer
                evidence: [{source: art-2021, quote: "Pakistan should continue to bolster relations with China and Russia"}]
            """;

    private static CaseFile read(String yaml) {
        CaseFileReader reader = new CaseFileReader(Set.of("dataset-x"),
                code -> code.equals("195") ? OptionalDouble.of(-10) : OptionalDouble.empty(),
                path -> Optional.ofNullable(Map.of("articles/art.txt", ARTICLE).get(path)));
        return reader.read(new StringReader(yaml), "case.yaml");
    }

    @Test
    void readsEveryKindOfEntry() {
        CaseFile caseFile = read(VALID);

        assertThat(caseFile.actors()).hasSize(2);
        assertThat(caseFile.actors().get(0).aliases(AliasKind.METONYM)).containsExactly("New Delhi");
        assertThat(caseFile.agreements().get(0).type()).isEqualTo(AgreementType.STRATEGIC_DIALOGUE);
        assertThat(caseFile.agreements().get(0).signed().toString()).isEqualTo("2004-01");
        assertThat(caseFile.events().get(0).goldstein()).isEqualTo(-10);
        assertThat(caseFile.claims()).extracting(c -> c.kind()).containsExactly(ClaimKind.FACT, ClaimKind.RECOMMENDATION);
        assertThat(caseFile.claims().get(0).value().amount()).isEqualTo(3);
    }

    private static void assertError(String yaml, long line, String field, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InputFormatException.class, e -> {
            assertThat(e.file()).isEqualTo("case.yaml");
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void aClaimCitingAMissingSourceNamesLineAndField() {
        assertError(VALID.replace("- source: art-2021\n", "- source: nowhere\n"), 41, "claims[0].evidence[0].source", "unknown source 'nowhere'");
    }

    @Test
    void aQuoteNotInTheArticleIsRejected() {
        assertError(VALID.replace("three border wars.\"", "four border wars.\""), 42, "claims[0].evidence[0].quote",
                "not found verbatim");
    }

    @Test
    void anUnknownActorIsRejected() {
        assertError(VALID.replace("parties: [IND, PAK]", "parties: [IND, CHN]"), 24, "agreements[0].parties[1]",
                "unknown actor 'CHN'");
    }

    @Test
    void badDatesTypesAndKeysNameTheField() {
        assertError(VALID.replace("signed: 2004-01", "signed: 2004-13"), 25, "agreements[0].signed", "month");
        assertError(VALID.replace("type: strategic-dialogue", "type: pact"), 23, "agreements[0].type", "foundational-enabler");
        assertError(VALID.replace("    cow: 770", "    cow: 770\n    colour: green"), 20, "actors[1].colour", "unknown key");
        assertError(VALID.replace("cameo: \"195\"", "cameo: \"999\""), 32, "events[0].cameo", "unknown CAMEO");
        assertError(VALID.replace("    attributed_to: A. Writer\n", ""), 43, "claims[1]", "attributed_to");
    }

    /** {@link #VALID} with aliases on its agreement and a second agreement with aliases of its own. */
    private static final String ALIASED = VALID
            .replace("    name: Test accord\n", "    name: Test accord\n    aliases: [the accord, Delhi-Islamabad accord]\n")
            .replace("events:\n", """
                      - id: ind-pak-other
                        name: Other accord
                        short: OA
                        aliases:
                          - Islamabad accord
                          - test accord
                        type: cooperation
                        parties: [IND, PAK]
                        signed: 2005
                        evidence:
                          - {source: dataset-x, locator: "table 2"}
                    events:
                    """);

    @Test
    void readsAgreementAliasesWhichAreCaseSensitive() {
        CaseFile caseFile = read(ALIASED);

        assertThat(caseFile.agreements().get(0).aliases()).containsExactly("the accord", "Delhi-Islamabad accord");
        assertThat(caseFile.agreements().get(1).aliases()).containsExactly("Islamabad accord", "test accord");
        assertThat(read(VALID).agreements().get(0).aliases()).isEmpty();
    }

    @Test
    void aBlankOrRepeatedAliasIsRejected() {
        assertError(ALIASED.replace("[the accord, Delhi-Islamabad accord]", "[the accord, \" \"]"), 23,
                "agreements[0].aliases[1]", "an alias must not be blank");
        assertError(ALIASED.replace("[the accord, Delhi-Islamabad accord]", "[the accord, the accord]"), 23,
                "agreements[0].aliases[1]", "duplicate alias 'the accord' of agreement 'ind-pak-test'");
    }

    @Test
    void anAliasMayStandForOneAgreementOnly() {
        assertError(ALIASED.replace("- test accord", "- the accord"), 34, "agreements[1].aliases[1]",
                "alias 'the accord' is already an alias of agreement 'ind-pak-test' (line 23)");
        assertError(ALIASED.replace("- test accord", "- Test accord"), 34, "agreements[1].aliases[1]",
                "alias 'Test accord' is the name of agreement 'ind-pak-test'");
        assertError(ALIASED.replace("[the accord, Delhi-Islamabad accord]", "[the accord, OA]"), 23,
                "agreements[0].aliases[1]", "alias 'OA' is the short name of agreement 'ind-pak-other'");
    }

    /** {@link #VALID} with people who speak for India and Pakistan. */
    private static final String PEOPLE = VALID
            .replace("combining: [Indo]}", "combining: [Indo], people: [Narendra Modi, Modi, S. Jaishankar]}")
            .replace("    cow: 770\n", """
                        cow: 770
                        aliases:
                          people:
                            - Imran Khan
                            - Qamar Javed Bajwa
                    """);

    @Test
    void readsPeopleAsPersonAliases() {
        CaseFile caseFile = read(PEOPLE);

        assertThat(caseFile.actors().get(0).aliases(AliasKind.PERSON)).containsExactly("Narendra Modi", "Modi",
                "S. Jaishankar");
        assertThat(caseFile.actors().get(0).aliases(AliasKind.METONYM)).containsExactly("New Delhi");
        assertThat(caseFile.actors().get(1).aliases()).extracting(Alias::text, Alias::kind).containsExactly(
                tuple("Imran Khan", AliasKind.PERSON), tuple("Qamar Javed Bajwa", AliasKind.PERSON));
        assertThat(read(VALID).actors().get(0).aliases(AliasKind.PERSON)).isEmpty();
    }

    @Test
    void aPersonIsListedOnceForOneActor() {
        assertError(PEOPLE.replace("- Qamar Javed Bajwa", "- \" \""), 23, "actors[1].aliases.people[1]",
                "alias must not be blank");
        assertError(PEOPLE.replace("- Qamar Javed Bajwa", "- Imran Khan"), 23, "actors[1].aliases.people[1]",
                "person 'Imran Khan' is already listed for actor 'PAK' (line 22)");
        assertError(PEOPLE.replace("- Qamar Javed Bajwa", "- Modi"), 23, "actors[1].aliases.people[1]",
                "person 'Modi' is already listed for actor 'IND' (line 15)");
    }

    /**
     * {@link #VALID} with a relation that holds from January 2004 to 2008, its start and end each
     * backed by a source of their own (line 35: the period; 37-39: its evidence).
     */
    private static final String RELATED = VALID.replace("events:\n", """
            relations:
              - id: ind-pak-pact
                a: IND
                b: PAK
                type: partnership
                sign: positive
                strength: 0.3
                period: {from: 2004-01, to: 2008}
                evidence:
                  - {source: dataset-x, locator: "table 1", supports: start}
                  - {source: art-2021, quote: "arch rivals"}
                  - {source: dataset-x, locator: "table 3", supports: end}
            events:
            """);

    @Test
    void readsWhatEachPieceOfEvidenceSupports() {
        CaseFile caseFile = read(RELATED);
        Relation pact = caseFile.relations().get(0);
        assertThat(pact.period().to()).hasToString("2008");
        assertThat(pact.evidence()).extracting(Evidence::supports).containsExactly(Supports.START,
                Supports.EXISTENCE, Supports.END);
        assertThat(pact.evidence(Supports.END)).extracting(Evidence::locator).containsExactly("table 3");
        assertThat(caseFile.agreements().get(0).evidence()).extracting(Evidence::supports)
                .containsOnly(Supports.EXISTENCE);
        assertThat(read(RELATED.replace(", to: 2008}", "}").replace("\n      - {source: dataset-x, locator: \"table 3\","
                + " supports: end}", "")).relations().get(0).period().end()).as("an open period needs no end source")
                .isEmpty();
    }

    /** A relation that ends must say where its end comes from: the error points at the end date. */
    @Test
    void aRelationThatEndsNeedsASourceForItsEnd() {
        String noEndSource = RELATED.replace("      - {source: dataset-x, locator: \"table 3\", supports: end}\n", "");
        assertError(noEndSource, 35, "relations[0].period.to", "no evidence dates its end: add an evidence entry with"
                + " supports: end");
        assertError(noEndSource.replace("period: {from: 2004-01, to: 2008}", "period: 2008"), 35, "relations[0].period",
                "the relation ends (2008)");
        assertError(noEndSource.replace("quote: \"arch rivals\"}", "quote: \"arch rivals\", supports: start}"), 35,
                "relations[0].period.to", "no evidence dates its end");
    }

    /**
     * Start and end are parts of a period: evidence elsewhere supports the entry, and only the three
     * words are read.
     */
    @Test
    void evidenceSupportsAStartOrEndOnlyWhereThereIsAPeriod() {
        assertError(VALID.replace("quote: \"arch rivals\"}]", "quote: \"arch rivals\", supports: end}]"), 33,
                "events[0].evidence[0].supports", "supports: end applies only to entries with a period");
        assertError(RELATED.replace("supports: start}", "supports: beginning}"), 37,
                "relations[0].evidence[0].supports", "supports must be one of existence, start, end");
    }

    @Test
    void syntaxErrorsGiveTheLine() {
        assertThatThrownBy(() -> read("case: x\ntitle: [unclosed\n"))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("case.yaml, line");
        assertThatThrownBy(() -> read("")).isInstanceOf(InputFormatException.class).hasMessageContaining("empty");
    }
}
