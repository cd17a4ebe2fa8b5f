package org.counterweight.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.UnitOfWork;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.ClaimKind;
import org.counterweight.core.model.ClaimStatus;
import org.counterweight.core.model.PartialDate;
import org.counterweight.core.text.Mention;
import org.counterweight.core.text.MentionKind;
import org.counterweight.io.InputFormatException;
import org.counterweight.io.article.ArticleReader;
import org.counterweight.core.model.CaseFile;
import org.counterweight.store.CaseImporter;
import org.counterweight.store.CaseQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
    /** The bundled article of Gillani (2021), the source of the case's curated claims {@code gillani-2021-*}. */
    private static final Path GILLANI = Path.of("..", "data", "cases", "south-asia", "articles",
            "gillani-2021-indo-us-strategic-partnership.txt");
    /** The bundled article on US-India strategic convergence (2022), the README's {@code article.txt}. */
    private static final Path CONVERGENCE = Path.of("..", "data", "cases", "south-asia", "articles",
            "us-india-strategic-convergence-2022.txt");
    private static final PartialDate MAY_2021 = new PartialDate(2021, 5, 1);

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static IngestService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new IngestService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static IngestRequest request(Path file, CaseId caseId, String sourceId, boolean store, String compareWith) {
        return new IngestRequest(ArticleFile.read(file), caseId, sourceId, null, "Maham S. Gillani", MAY_2021, store,
                compareWith);
    }

    private static IngestResult.Finding finding(IngestResult result, MentionKind kind, String text) {
        return result.findings().stream().filter(f -> f.mention().kind() == kind && f.mention().text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " '" + text + "'"));
    }

    /**
     * The README's example: the article's first line ("The US India Strategic Convergence and Pakistan")
     * gives the actors at their offsets; the image credit below it is furniture, dropped from the clean
     * text, so "United States" in the second paragraph lies at 123-136 of the clean text but at 183-196
     * of the file (offsets counted in data/cases/south-asia/articles/us-india-strategic-convergence-2022.txt).
     */
    @Test
    void findingsCarryCleanAndFileOffsets() {
        IngestResult result = service.ingest(request(CONVERGENCE, CaseId.SOUTH_ASIA, null, false, null));
        Mention us = result.findings().get(0).mention();
        assertThat(List.of(us.kind(), us.text(), us.start(), us.end(), us.value())).containsExactly(MentionKind.ACTOR,
                "US", 4, 6, "USA");
        IngestResult.Finding unitedStates = finding(result, MentionKind.ACTOR, "United States");
        assertThat(List.of(unitedStates.mention().start(), unitedStates.mention().end(), unitedStates.fileStart(),
                unitedStates.fileEnd())).containsExactly(123, 136, 183, 196);
        assertThat(result.empty()).isFalse();
        assertThat(result.sentences()).isGreaterThan(10);
        assertThat(result.stored()).isEmpty();
        assertThat(result.comparison()).isEmpty();
        assertThat(IngestTables.of(result)).singleElement().satisfies(t -> assertThat(t.notes())
                .containsExactly(result.findings().size() + " findings in " + result.sentences() + " sentences"));
    }

    /**
     * The gazetteer is the case's: with the south-asia case the article's known agreements are found
     * (the case file lists them with their aliases), and so they are with an ingested case, which
     * extends the case it was read against; with a case without agreements only new ones are
     * proposed, while states are still found through the country-code crosswalk.
     */
    @Test
    void theGazetteerIsTheCases() {
        IngestResult southAsia = service.ingest(request(GILLANI, CaseId.SOUTH_ASIA, null, false, null));
        assertThat(southAsia.findings()).filteredOn(f -> f.mention().kind() == MentionKind.AGREEMENT)
                .anySatisfy(f -> assertThat(f.mention().value()).doesNotStartWith("new:"));
        service.ingest(request(GILLANI, CaseId.SOUTH_ASIA, "gazetteer-test", true, null));
        IngestResult ingested = service.ingest(request(GILLANI, new CaseId("ingest-gazetteer-test"), null, false,
                null));
        assertThat(ingested.findings()).filteredOn(f -> f.mention().kind() == MentionKind.AGREEMENT)
                .extracting(f -> f.mention().value()).isEqualTo(southAsia.findings().stream()
                        .filter(f -> f.mention().kind() == MentionKind.AGREEMENT).map(f -> f.mention().value()).toList());
        CaseImporter.importCase(workbench.store(), new CaseFile("no-agreements", "A case without agreements", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), "no-agreements.yaml",
                "no-agreements", CaseImporter.EntryLines.NONE);
        IngestResult bare = service.ingest(request(GILLANI, new CaseId("no-agreements"), null, false, null));
        assertThat(bare.findings()).filteredOn(f -> f.mention().kind() == MentionKind.AGREEMENT)
                .isNotEmpty().allSatisfy(f -> assertThat(f.mention().value()).startsWith("new:"));
        assertThat(bare.findings()).anySatisfy(f -> assertThat(f.mention().value()).isEqualTo("PAK"));
        assertThatThrownBy(() -> service.ingest(request(GILLANI, new CaseId("nowhere"), null, false, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("case"));
    }

    /** Stored findings become proposed claims of case ingest-SOURCE once: a second ingestion changes nothing. */
    @Test
    void storedFindingsBecomeProposedClaimsOnce() {
        IngestResult first = service.ingest(request(GILLANI, CaseId.SOUTH_ASIA, "gillani-test", true, null));
        IngestResult.Stored stored = first.stored().orElseThrow();
        assertThat(stored.caseId()).isEqualTo("ingest-gillani-test");
        assertThat(stored.changed()).isTrue();
        assertThat(stored.claims()).isGreaterThan(10).isEqualTo(proposed("ingest-gillani-test").size());
        assertThat(IngestTables.findings(first).notes()).contains(stored.claims() + " proposed claims stored as case"
                + " ingest-gillani-test, to be reviewed (accepted or rejected) one by one");

        IngestResult again = service.ingest(request(GILLANI, CaseId.SOUTH_ASIA, "gillani-test", true, null));
        assertThat(again.stored()).hasValueSatisfying(s -> assertThat(s.changed()).isFalse());
        assertThat(proposed("ingest-gillani-test")).hasSize(stored.claims());
        assertThat(IngestTables.findings(again).notes()).contains(
                "unchanged: this article was already ingested (reviews kept)");
    }

    private static List<Claim> proposed(String caseId) {
        try (UnitOfWork work = workbench.begin()) {
            return work.cases().claims(new CaseQueries.ClaimFilter(null, null, null, caseId)).stream()
                    .filter(c -> c.status() == ClaimStatus.PROPOSED).toList();
        }
    }

    /**
     * Against the case's curated claims quoted from Gillani (2021): docs/ingestion.md records 46 of
     * 51 matched on a fresh store (2026-11-24); at least 30 must match, recommendations among them.
     */
    @Test
    void theProposedClaimsAreComparedWithTheCuratedOnes() {
        IngestResult result = service.ingest(request(GILLANI, CaseId.SOUTH_ASIA, null, false, "gillani-2021"));
        IngestResult.Comparison comparison = result.comparison().orElseThrow();
        assertThat(comparison.curated()).isEqualTo(51);
        assertThat(comparison.count(IngestResult.Outcome.MATCHED)).isGreaterThanOrEqualTo(30);
        assertThat(comparison.claims()).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(IngestResult.Outcome.MATCHED);
            assertThat(c.kind()).isEqualTo(ClaimKind.RECOMMENDATION);
            assertThat(c.curatedId()).startsWith("gillani-2021-");
        });
        assertThat(IngestTables.of(result)).hasSize(2);
        assertThatThrownBy(() -> service.ingest(request(GILLANI, CaseId.SOUTH_ASIA, null, false, "no-such-source")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("compare-with"));
    }

    /**
     * States outside the case are found by their curated adjectives and current capitals
     * (data/datasets/country-codes/state_adjectives_curated.csv, data/datasets/capitals/cow_capitals.csv:
     * Nepal's is Kathmandu, Iran's Tehran, Saudi Arabia's Riyadh), as loaded into the knowledge base;
     * the case's curated actors keep their own ("Kabul" is AFG's metonym in case.yaml).
     */
    @Test
    void findsStatesOutsideTheCaseByTheirAdjectivesAndCapitals() {
        ArticleFile article = new ArticleFile("adj.txt", ArticleReader.Format.TEXT, ("Nepalese officials met Iranian"
                + " diplomats in Kathmandu, and Tehran criticised Riyadh and the Saudi-led coalition after talks in"
                + " Kabul.\n").getBytes(StandardCharsets.UTF_8));
        IngestResult result = service.ingest(new IngestRequest(article, CaseId.SOUTH_ASIA, null, null, null, null,
                false, null));

        assertThat(result.findings()).filteredOn(f -> f.mention().kind() == MentionKind.ACTOR)
                .extracting(f -> f.mention().text() + "=" + f.mention().value()).containsExactly("Nepalese=NPL",
                        "Iranian=IRN", "Kathmandu=NPL", "Tehran=IRN", "Riyadh=SAU", "Saudi=SAU", "Kabul=AFG");
        try (UnitOfWork work = workbench.begin()) {
            assertThat(work.directory(CaseId.SOUTH_ASIA).resolve("Belgrade")).get()
                    .satisfies(serbia -> assertThat(serbia.id()).isEqualTo("SRB"));
            assertThat(work.directory(CaseId.SOUTH_ASIA).resolve("Indian")).get()
                    .satisfies(india -> assertThat(india.id()).isEqualTo("IND"));
        }
    }

    @Test
    void emptyAndBinaryArticles() {
        ArticleFile blank = new ArticleFile("empty.txt", ArticleReader.Format.TEXT, "   \n".getBytes(
                StandardCharsets.UTF_8));
        IngestResult empty = service.ingest(new IngestRequest(blank, CaseId.SOUTH_ASIA, null, null, null, null, false,
                null));
        assertThat(empty.empty()).isTrue();
        assertThat(IngestTables.of(empty)).singleElement().satisfies(t -> assertThat(t.notes())
                .containsExactly("empty article: nothing to ingest"));
        ArticleFile binary = new ArticleFile("b.txt", ArticleReader.Format.TEXT, new byte[] {1, 0, 2});
        assertThatThrownBy(() -> service.ingest(new IngestRequest(binary, CaseId.SOUTH_ASIA, null, null, null, null,
                false, null))).isInstanceOf(InputFormatException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ArticleFile.read(folder.resolve("missing.txt")))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("no such file");
    }

    @Test
    void requestsAreValidated() {
        ArticleFile file = new ArticleFile("a.md", ArticleReader.Format.MARKDOWN, new byte[0]);
        assertThatThrownBy(() -> new IngestRequest(file, CaseId.SOUTH_ASIA, null, null, null, null, true, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("source-id"));
        assertThatThrownBy(() -> new IngestRequest(file, CaseId.SOUTH_ASIA, "Bad Id", null, null, null, true, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("got Bad Id");
        assertThat(IngestRequest.parseDate(" 2022-04 ")).isEqualTo(new PartialDate(2022, 4, 0));
        assertThat(IngestRequest.parseDate(null)).isNull();
        assertThatThrownBy(() -> IngestRequest.parseDate("May 2021"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("date"))
                .hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
