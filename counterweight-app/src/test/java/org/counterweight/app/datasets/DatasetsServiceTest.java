package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.counterweight.app.CaseId;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
import org.counterweight.store.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources, citations, status and imports on the bundled data: a bad file is refused naming its file,
 * line and field and leaves every table as it was; the same file imported twice changes nothing.
 */
class DatasetsServiceTest {
    private static final String NMC_HEADER = "\"stateabb\",\"ccode\",\"year\",\"milex\",\"milper\",\"irst\",\"pec\","
            + "\"tpop\",\"upop\",\"cinc\"\n";

    @TempDir
    static Path folder;

    private static Workbench workbench;
    private static DatasetsService service;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
        service = new DatasetsService(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, Long> counts() {
        return service.status().tableRows();
    }

    private static void assertRejected(String expectedMessage, ImportRequest request) {
        assertUnchanged(() -> assertThatThrownBy(() -> service.importFile(request))
                .isInstanceOf(InputFormatException.class).hasMessageContaining(expectedMessage));
    }

    private static void assertUnchanged(Executable attempt) {
        Map<String, Long> before = counts();
        try {
            attempt.execute();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        assertThat(counts()).isEqualTo(before);
    }

    /** The bundled datasets with their versions, and the case's articles loaded with the case. */
    @Test
    void sourcesListEveryDatasetAndArticleWithItsVersion() {
        SourcesResult result = service.sources();
        SourcesResult.StoredSource nmc = stored(result, "cow-nmc-7.0");
        assertThat(nmc.source().version()).isEqualTo("7.0");
        assertThat(nmc.source().kind()).isEqualTo(SourceKind.DATASET);
        assertThat(nmc.loadedAs()).isEqualTo("cow-nmc-7.0");
        assertThat(stored(result, "atop-5.1").source().version()).isEqualTo("5.1");
        SourcesResult.StoredSource ends = stored(result, "obligation-ends-curated");
        assertThat(ends.loadedAs()).isEqualTo("obligation-ends-curated");
        assertThat(ends.source().citation()).contains("The Quint");
        SourcesResult.StoredSource gillani = stored(result, "gillani-2021");
        assertThat(gillani.source().kind()).isEqualTo(SourceKind.ARTICLE);
        assertThat(gillani.loadedAs()).isEqualTo("case:south-asia");
        Report.Table table = DatasetsTables.of(result).get(0);
        assertThat(table.rows()).hasSize(result.sources().size());
        assertThat(table.columns()).containsExactly("id", "kind", "title", "version", "date", "publisher",
                "loaded_as", "terms");
    }

    private static SourcesResult.StoredSource stored(SourcesResult result, String id) {
        return result.sources().stream().filter(s -> s.source().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + id));
    }

    /** COW NMC is cited to Singer, Bremer &amp; Stuckey (1972); SIPRI's datasets to SIPRI. */
    @Test
    void citationsListEveryBundledDatasetWithItsVersion() {
        CitationsResult datasets = service.citations(new CitationsRequest(false));
        assertThat(datasets.sources()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SourceKind.DATASET));
        assertThat(datasets.sources()).extracting(Source::id).contains("cow-nmc-7.0", "atop-5.1", "sipri-milex-2024")
                .doesNotContain("gillani-2021");
        assertThat(DatasetsTables.of(datasets).get(0).rows()).anySatisfy(r -> assertThat(r.subList(0, 2))
                .containsExactly("atop-5.1", "5.1"));
        String bibtex = BibTex.of(datasets);
        assertThat(bibtex).contains("@misc{cow-nmc-7_0,").contains("Singer").contains("SIPRI")
                .doesNotContain("@article");
        CitationsResult all = service.citations(new CitationsRequest(true));
        assertThat(all.sources()).extracting(Source::id).contains("gillani-2021");
        assertThat(BibTex.of(all)).contains("@article{gillani-2021,").contains("author = {Maham S. Gillani},");
    }

    @Test
    void bibtexEscapesBracesAndSkipsMissingFields() {
        Source source = new Source("my.data", SourceKind.DATASET, "Counts {raw}", List.of(), null, null, "1.0", null,
                null, null);
        String entry = BibTex.entry(source);
        assertThat(entry).startsWith("@misc{my_data,\n").contains("title = {Counts \\{raw\\}},")
                .contains("version = {1.0},").doesNotContain("publisher").endsWith("}\n");
    }

    @Test
    void statusListsTheImportsAndTheRowsOfEachTable() {
        StatusResult status = service.status();
        assertThat(status.schemaVersion()).isEqualTo(Schema.currentVersion());
        assertThat(status.imports()).anySatisfy(r -> {
            assertThat(r.dataset()).isEqualTo("case:south-asia");
            assertThat(r.kind()).isEqualTo("case");
        });
        assertThat(status.tableRows().get("imports")).isEqualTo(status.imports().size());
        List<Report.Table> tables = DatasetsTables.of(status);
        assertThat(tables).extracting(Report.Table::id).containsExactly("store-imports", "store-tables");
        assertThat(tables.get(0).title()).isEqualTo("Store " + workbench.storeName() + ", schema version "
                + Schema.currentVersion());
        assertThat(tables.get(1).rows()).hasSize(status.tableRows().size());
    }

    /**
     * The case's years start with its first curated date: the India-Pakistan rivalry from 1947 (case.yaml,
     * relation ind-pak-rivalry; Thompson, Sakuwa &amp; Suhas 2021, rivalry 107, 1947-2020). ATOP 5.1 ends in
     * 2018 and the TSS rivalries in 2020 (their codebooks); no event file is imported in this copy.
     */
    @Test
    void coverageRunsFromTheCasesFirstCuratedDateToTheLatestYearOfAnySource() {
        CoverageResult coverage = service.coverage(new CoverageRequest(CaseId.SOUTH_ASIA));

        assertThat(coverage.firstYear()).isEqualTo(1947);
        assertThat(coverage.spans().get(0).source()).isEqualTo("case:south-asia");
        assertThat(coverage.spans().get(0).firstYear()).isEqualTo(1947);
        assertThat(coverage.spans().get(0).basis()).isEqualTo("curated");
        assertThat(coverage.spans()).anySatisfy(s -> {
            assertThat(s.source()).isEqualTo("atop-5.1");
            assertThat(s.basis()).isEqualTo("observed");
            assertThat(s.lastYear()).isEqualTo(2018);
            assertThat(s.afterLastYear()).startsWith("carried forward");
        });
        assertThat(coverage.spans()).anySatisfy(s -> {
            assertThat(s.gives()).startsWith("TSS 2021 strategic rivalries");
            assertThat(s.lastYear()).isEqualTo(2020);
        });
        assertThat(coverage.lastYear()).isEqualTo(coverage.spans().stream().mapToInt(CoverageResult.Span::lastYear)
                .max().orElseThrow()).isGreaterThanOrEqualTo(2022);
        assertThat(coverage.eventFiles()).isEmpty();
        List<Report.Table> tables = DatasetsTables.of(coverage);
        assertThat(tables).extracting(Report.Table::id).containsExactly("coverage-years", "coverage-sources",
                "coverage-events");
        assertThat(tables.get(2).rows()).isEmpty();
        assertThat(tables.get(2).notes()).anySatisfy(n -> assertThat(n).startsWith("No event file is imported"));
        assertThatThrownBy(() -> service.coverage(new CoverageRequest(new CaseId("nowhere"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("case"));
    }

    @Test
    void aMalformedCsvNamesTheLine() throws IOException {
        Path file = write("NMC-9.9-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n"
                + "\"CAN\",20,1816,1,2,3\n");
        assertRejected("NMC-9.9-abridged.csv, line 3: expected 10 fields", new ImportRequest("cow-nmc", file, "9.9"));
    }

    @Test
    void aBadNumberNamesLineAndField() throws IOException {
        Path file = write("NMC-9.8-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,lots,254,8659,101,0.04\n");
        assertRejected("NMC-9.8-abridged.csv, line 2, field 'irst'", new ImportRequest("cow-nmc", file, "9.8"));
    }

    @Test
    void anUnknownCountryCodeAndAYearOutOfRangeAreRejected() throws IOException {
        Path code = write("NMC-9.7-abridged.csv", NMC_HEADER + "\"ZZZ\",1234,1816,1,1,1,1,1,1,0.01\n");
        assertRejected("line 2, field 'ccode'", new ImportRequest("cow-nmc", code, "9.7"));
        Path year = write("NMC-9.6-abridged.csv", NMC_HEADER + "\"USA\",2,1700,3823,17,80,254,8659,101,0.04\n");
        assertRejected("line 2, field 'year'", new ImportRequest("cow-nmc", year, "9.6"));
    }

    @Test
    void aCaseFileCitingAMissingSourceNamesLineAndField() throws IOException {
        Path file = write("case.yaml", """
                case: tiny
                title: Tiny
                sources:
                  - {id: note-1, kind: reference-work, title: A note}
                actors:
                  - {id: IND, kind: state, name: India}
                claims:
                  - id: tiny-01
                    kind: fact
                    subjects: [IND]
                    predicate: exists
                    evidence:
                      - source: missing-source
                        quote: "India exists"
                """);
        assertRejected("case.yaml, line 13, field 'claims[0].evidence[0].source': unknown source 'missing-source'",
                new ImportRequest(ImportRequest.CASE, file, null));
    }

    @Test
    void binaryGarbageIsRejected() throws IOException {
        Path file = folder.resolve("garbage.csv");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertRejected("garbage.csv", new ImportRequest("sipri-tiv", file, null));
        assertRejected("garbage.csv", new ImportRequest("sipri-tiv-table", file, null));
    }

    @Test
    void unknownDatasetsAndMissingVersionsAreRefusedNamingTheParameter() throws IOException {
        Path file = write("NMC-9.4-abridged.csv", NMC_HEADER);
        assertUnchanged(() -> assertThatThrownBy(() -> new ImportRequest("cow-nmx", file, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("unknown dataset 'cow-nmx'; known: case, cow-nmc, atop")
                .hasMessageEndingWith(", gdelt, icews, events")
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("dataset"));
        assertThatThrownBy(() -> new ImportRequest("cow-nmc", file, null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("version such as 7.0")
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("version");
    }

    @Test
    void aGoodFileImportsOnceAndThenChangesNothing() throws IOException {
        Path file = write("NMC-9.5-abridged.csv", NMC_HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n");
        long nmcRows = counts().get("nmc");
        ImportOutcome first = service.importFile(new ImportRequest("cow-nmc", file, "9.5"));
        assertThat(first.dataset()).isEqualTo("cow-nmc:NMC-9.5-abridged.csv");
        assertThat(first.changed()).isTrue();
        assertThat(first.rows()).isEqualTo(1);
        assertThat(counts().get("nmc")).isEqualTo(nmcRows + 1);
        assertThat(DatasetsTables.of(first).get(0).notes()).isEmpty();
        assertUnchanged(() -> {
            ImportOutcome second = service.importFile(new ImportRequest("cow-nmc", file, "9.5"));
            assertThat(second.changed()).isFalse();
            assertThat(second.importId()).isEqualTo(first.importId());
            assertThat(DatasetsTables.of(second).get(0).notes()).singleElement().asString()
                    .startsWith("already loaded: cow-nmc 9.5 is held by import " + first.importId()
                            + " (cow-nmc:NMC-9.5-abridged.csv");
        });
    }
}
