package org.counterweight.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.core.text.MentionKind;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationServiceTest {
    /** The annotated sets of docs/ingestion.md: gold (development), heldout, blind. */
    private static final Path SETS = Path.of("..", "counterweight-io", "src", "test", "resources", "ingest");

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static EvaluationService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new EvaluationService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static EvaluationResult evaluate(Path gold, int repeat, Set<MentionKind> errorKinds) {
        return service.evaluate(new EvaluationRequest(CaseId.SOUTH_ASIA, GoldSet.read(gold), repeat, errorKinds));
    }

    private static EvaluationResult set(String name) {
        return evaluate(SETS.resolve(name), 0, Set.of());
    }

    /**
     * One sentence scored by hand: the extractor finds India, Pakistan and $5bn. The gold says
     * Pakistan is USA (a wrong value, so a miss and a spurious prediction) and annotates a date that
     * is not there. Actor: 1 matched of 2 predicted and 2 gold (P = R = F1 = 0.5); number 1/1/1;
     * date 0 of 1 gold, nothing predicted (precision undefined); overall 2 of 3 predicted, 4 gold:
     * P 0.667, R 0.5, F1 2*2/(3+4) = 0.571.
     */
    @Test
    void precisionRecallAndF1OfAHandScoredSentence() throws Exception {
        Path gold = Files.createDirectory(folder.resolve("gold"));
        Files.writeString(gold.resolve("a.txt"), "India gave Pakistan $5bn.\n");
        Files.writeString(gold.resolve("a.yaml"), "article: a\ntext: a.txt\ndate: 2021-05-01\nauthor: X\nannotations:\n"
                + "  - kind: actor\n    text: India\n    value: IND\n"
                + "  - kind: actor\n    text: Pakistan\n    value: USA\n"
                + "  - kind: number\n    text: \"$5bn\"\n    value: 5000000000 usd\n"
                + "  - kind: date\n    text: India\n    value: \"2020\"\n");
        EvaluationResult result = evaluate(gold, 2, Set.of(MentionKind.ACTOR));
        assertThat(result.articles()).isEqualTo(1);
        assertThat(result.score(MentionKind.ACTOR)).isEqualTo(new EvaluationResult.Score(2, 2, 1));
        assertThat(result.score(MentionKind.NUMBER)).isEqualTo(new EvaluationResult.Score(1, 1, 1));
        EvaluationResult.Score date = result.score(MentionKind.DATE);
        assertThat(date).isEqualTo(new EvaluationResult.Score(1, 0, 0));
        assertThat(date.precision()).isNaN();
        assertThat(date.recall()).isZero();
        assertThat(result.overall()).isEqualTo(new EvaluationResult.Score(4, 3, 2));

        List<Report.Table> tables = EvaluationTables.of(result);
        assertThat(tables.get(0).rows()).contains(List.of("actor", 2, 2, 1, "0.500", "0.500", "0.500", "0.500-0.500", "0.500-0.500", "0.500-0.500"),
                List.of("date", 1, 0, 0, "-", "0.000", "0.000", "-", "0.000-0.000", "0.000-0.000"),
                List.of("overall", 4, 3, 2, "0.667", "0.500", "0.571", "-", "-", "-"));
        assertThat(result.errors()).hasValueSatisfying(errors -> assertThat(errors).extracting(
                e -> e.type().label() + " " + e.text() + " " + e.value() + " | " + e.context()).containsExactly(
                        "missed Pakistan USA | India gave Pakistan $5bn.",
                        "spurious Pakistan PAK | India gave Pakistan $5bn."));
        assertThat(result.throughput()).hasValueSatisfying(t -> assertThat(t.sentences()).isEqualTo(2));
        assertThat(tables.get(0).notes()).anySatisfy(n -> assertThat(n).startsWith("throughput: 2 sentences in "));
        assertThat(tables.get(1).id()).isEqualTo("ingest-errors");
    }

    /**
     * Two annotators of one sentence, scored by hand: the first annotates a signing both ways and a
     * relation; the second the signing one way, the relation with the other sign, and an agreement the
     * first did not declare (not compared). Events: 1 matched of 1 second and 2 first (P 1, R 0.5, F1
     * 2*1/(1+2) = 0.667); relations 0 of 1 and 1; swapping the two swaps precision and recall, not F1.
     * A second annotation of an article the first lacks is refused, naming {@code against}.
     */
    @Test
    void theAgreementOfTwoAnnotatorsIsScoredByHand() throws Exception {
        Path first = Files.createDirectories(folder.resolve("agreement/first"));
        Path second = Files.createDirectories(folder.resolve("agreement/second"));
        for (Path dir : List.of(first, second)) {
            Files.writeString(dir.resolve("b.txt"), "India signed the pact with Russia, an old friend.\n");
        }
        Files.writeString(first.resolve("b.yaml"), "article: b\ntext: b.txt\ndate: 2021\nkinds: [relation, event]\n"
                + "annotations:\n  - {kind: event, text: signed, value: IND RUS 057}\n"
                + "  - {kind: event, text: signed, value: RUS IND 057}\n"
                + "  - {kind: relation, text: old friend, value: IND RUS positive}\n");
        Files.writeString(second.resolve("b.yaml"), "article: b\ntext: b.txt\ndate: 2021\n"
                + "kinds: [agreement, relation, event]\nannotations:\n  - {kind: event, text: signed, value: RUS IND 057}\n"
                + "  - {kind: relation, text: old friend, value: IND RUS negative}\n"
                + "  - {kind: agreement, text: the pact, value: \"new:pact\"}\n");
        EvaluationResult result = service.agreement(GoldSet.read(first), GoldSet.read(second), Set.of());
        assertThat(result.compared()).isEqualTo(EvaluationResult.Compared.SECOND_ANNOTATION);
        assertThat(result.score(MentionKind.EVENT)).isEqualTo(new EvaluationResult.Score(2, 1, 1));
        assertThat(result.score(MentionKind.EVENT).f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.score(MentionKind.RELATION)).isEqualTo(new EvaluationResult.Score(1, 1, 0));
        assertThat(result.score(MentionKind.AGREEMENT)).isEqualTo(new EvaluationResult.Score(0, 0, 0));
        EvaluationResult swapped = service.agreement(GoldSet.read(second), GoldSet.read(first), Set.of());
        assertThat(swapped.score(MentionKind.EVENT)).isEqualTo(new EvaluationResult.Score(1, 2, 1));
        assertThat(swapped.score(MentionKind.EVENT).f1()).isEqualTo(result.score(MentionKind.EVENT).f1());
        assertThat(EvaluationTables.of(result).get(0).title()).startsWith("Second annotation against gold annotations");

        Files.writeString(second.resolve("c.txt"), "Nothing.\n");
        Files.writeString(second.resolve("c.yaml"), "article: c\ntext: c.txt\ndate: 2021\nannotations: []\n");
        assertThatThrownBy(() -> service.agreement(GoldSet.read(first), GoldSet.read(second), Set.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("against"));
    }

    /**
     * On the two hand-annotated articles of issue 6 (the development set, docs/ingestion.md, 345
     * annotations), every target of the issue is met: precision >= 0.9 and recall >= 0.8 for actors,
     * agreements, dates and numbers; F1 >= 0.7 for relation statements and events.
     */
    @Test
    void theIssuesTargetsAreMetOnTheGoldArticles() {
        EvaluationResult gold = set("gold");
        assertThat(gold.overall().gold()).isEqualTo(345);
        for (MentionKind kind : List.of(MentionKind.ACTOR, MentionKind.AGREEMENT, MentionKind.DATE,
                MentionKind.NUMBER)) {
            assertThat(gold.score(kind).precision()).as(kind + " precision").isGreaterThanOrEqualTo(0.9);
            assertThat(gold.score(kind).recall()).as(kind + " recall").isGreaterThanOrEqualTo(0.8);
        }
        for (MentionKind kind : List.of(MentionKind.RELATION, MentionKind.EVENT)) {
            assertThat(gold.score(kind).f1()).as(kind + " F1").isGreaterThanOrEqualTo(0.7);
        }
    }

    /**
     * Regression floors, a little under the values measured on 2026-11-24 (docs/ingestion.md), on the
     * held-out texts (486 annotations; used for development after their first measurement) and on the
     * blind texts (506 annotations; never used to change a rule): a change that loses generality fails here.
     */
    @Test
    void heldOutAndBlindScoresDoNotFallBelowTheirMeasuredFloors() {
        EvaluationResult heldout = set("heldout");
        assertThat(heldout.overall().gold()).isEqualTo(486);
        assertThat(heldout.overall().f1()).isGreaterThanOrEqualTo(0.82);
        assertThat(heldout.score(MentionKind.ACTOR).precision()).isGreaterThanOrEqualTo(0.93);
        assertThat(heldout.score(MentionKind.ACTOR).recall()).isGreaterThanOrEqualTo(0.92);
        EvaluationResult blind = set("blind");
        assertThat(blind.overall().gold()).isEqualTo(506);
        assertThat(blind.overall().f1()).isGreaterThanOrEqualTo(0.73);
        assertThat(blind.score(MentionKind.ACTOR).precision()).isGreaterThanOrEqualTo(0.93);
        assertThat(blind.score(MentionKind.ACTOR).recall()).isGreaterThanOrEqualTo(0.93);
        assertThat(blind.score(MentionKind.DATE).precision()).isGreaterThanOrEqualTo(0.88);
    }

    /**
     * Regression floors on the news development set (217 annotations, issue 14), a little under the
     * values measured on 2026-12-07 with the recall rules (docs/ingestion.md: relation P 0.795 R 0.517,
     * event P 0.844 R 0.669, agreement P 0.944 R 0.944, all predictions kept): a rule change that
     * loses what the development articles taught fails here.
     */
    @Test
    void newsDevelopmentScoresDoNotFallBelowTheirMeasuredFloors() {
        EvaluationResult dev = set("news/dev");
        assertThat(dev.overall().gold()).isEqualTo(217);
        assertThat(dev.score(MentionKind.RELATION).precision()).isGreaterThanOrEqualTo(0.77);
        assertThat(dev.score(MentionKind.RELATION).recall()).isGreaterThanOrEqualTo(0.50);
        assertThat(dev.score(MentionKind.EVENT).precision()).isGreaterThanOrEqualTo(0.82);
        assertThat(dev.score(MentionKind.EVENT).recall()).isGreaterThanOrEqualTo(0.65);
        assertThat(dev.score(MentionKind.AGREEMENT).precision()).isGreaterThanOrEqualTo(0.92);
        assertThat(dev.score(MentionKind.AGREEMENT).recall()).isGreaterThanOrEqualTo(0.92);
    }

    /**
     * An article that declares {@code kinds: [agreement]} is scored for agreements only: the actors the
     * extractor finds in it are neither predictions nor errors. Predictions under the minimum
     * confidence are dropped before scoring.
     */
    @Test
    void onlyTheDeclaredKindsAreScoredAndLowConfidenceIsDropped() throws Exception {
        Path gold = Files.createDirectory(folder.resolve("kinds"));
        Files.writeString(gold.resolve("k.txt"), "India and the US signed the Logistics Exchange Memorandum of Agreement.\n");
        Files.writeString(gold.resolve("k.yaml"), "article: k\ntext: k.txt\ndate: 2016-08\nkinds: [agreement]\n"
                + "annotations:\n  - {kind: agreement, text: Logistics Exchange Memorandum of Agreement, value: us-ind-lemoa}\n");
        EvaluationResult result = evaluate(gold, 0, Set.of(MentionKind.ACTOR, MentionKind.AGREEMENT));
        assertThat(result.score(MentionKind.AGREEMENT)).isEqualTo(new EvaluationResult.Score(1, 1, 1));
        assertThat(result.score(MentionKind.ACTOR)).isEqualTo(new EvaluationResult.Score(0, 0, 0));
        assertThat(result.errors()).hasValueSatisfying(e -> assertThat(e).isEmpty());
        assertThat(result.interval(MentionKind.ACTOR)).isEmpty();
        assertThat(result.judged()).singleElement().satisfies(j -> assertThat(j.matched()).isTrue());
        EvaluationResult strict = service.evaluate(new EvaluationRequest(CaseId.SOUTH_ASIA, GoldSet.read(gold), 0,
                Set.of(), 1.0));
        assertThat(strict.score(MentionKind.AGREEMENT)).isEqualTo(new EvaluationResult.Score(1, 0, 0));
        Files.writeString(gold.resolve("k.yaml"), "article: k\ntext: k.txt\nkinds: [relation]\n"
                + "annotations:\n  - {kind: agreement, text: Logistics, value: us-ind-lemoa}\n");
        assertThatThrownBy(() -> GoldSet.read(gold)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("not among the article's kinds");
    }

    /** Values match as the gold format says: actor ids as sets, numbers to 1e-9 relative, any two new agreements. */
    @Test
    void valuesMatchAsTheGoldFormatSays() {
        assertThat(EvaluationService.sameValue(MentionKind.ACTOR, "IND USA", "USA  IND")).isTrue();
        assertThat(EvaluationService.sameValue(MentionKind.ACTOR, "IND USA", "IND")).isFalse();
        assertThat(EvaluationService.sameValue(MentionKind.NUMBER, "5000000000 usd", "5e9 USD")).isTrue();
        assertThat(EvaluationService.sameValue(MentionKind.NUMBER, "5000000000 usd", "5000000004 usd")).isTrue();
        assertThat(EvaluationService.sameValue(MentionKind.NUMBER, "5000000000 usd", "5000000010 usd")).isFalse();
        assertThat(EvaluationService.sameValue(MentionKind.NUMBER, "3 wars", "3 percent")).isFalse();
        assertThat(EvaluationService.sameValue(MentionKind.AGREEMENT, "new:deal", "new:engine deal")).isTrue();
        assertThat(EvaluationService.sameValue(MentionKind.AGREEMENT, "new:deal", "us-ind-gsomia")).isFalse();
        assertThat(EvaluationService.sameValue(MentionKind.DATE, "2020", "2020-01")).isFalse();
    }

    @Test
    void badRequestsAndFoldersAreRefused() {
        assertThatThrownBy(() -> new EvaluationRequest(CaseId.SOUTH_ASIA, new GoldSet(List.of()), -1, Set.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("repeat"));
        assertThatThrownBy(() -> new EvaluationRequest(CaseId.SOUTH_ASIA, new GoldSet(List.of()), 0, Set.of(), 1.5))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("min-confidence"));
        assertThatThrownBy(() -> EvaluationRequest.errorKinds("actors"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("errors"));
        assertThat(EvaluationRequest.errorKinds("ALL")).hasSize(MentionKind.values().length);
        assertThat(EvaluationRequest.errorKinds("date")).containsExactly(MentionKind.DATE);
        assertThatThrownBy(() -> GoldSet.read(folder.resolve("nowhere"))).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("no such folder");
        assertThatThrownBy(() -> GoldSet.read(folder)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("no *.yaml gold files");
    }
}
