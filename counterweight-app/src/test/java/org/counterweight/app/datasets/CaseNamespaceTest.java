package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterweight.app.CaseId;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.knowledge.ActorsRequest;
import org.counterweight.app.knowledge.ClaimsRequest;
import org.counterweight.app.knowledge.KnowledgeService;
import org.counterweight.core.model.Actor;
import org.counterweight.io.InputFormatException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One namespace per kind of id (issue 15, item 2). Before: a user's claim with the id
 * {@code gillani-2021-01} showed the bundled claim's quote, a user's case with the id {@code south-asia}
 * was silently reverted on the next command, re-declaring {@code PAK} listed it twice and a source id
 * equal to a bundled one gave two sources with one id. Now each clash is an error naming both places,
 * unless the case declares that it extends or replaces the other; {@code --case} reads that case only.
 */
class CaseNamespaceTest {
    @TempDir
    Path folder;

    private Path db;
    private Workbench workbench;

    @BeforeEach
    void open() {
        db = TestWorkbenches.copyStore(folder);
        workbench = Workbench.open(db);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private Path caseFile(String name, String yaml) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private ImportOutcome importCase(Path file) {
        return new DatasetsService(workbench).importFile(new ImportRequest(ImportRequest.CASE, file, null));
    }

    private static String tinyCase(String header, String actorId, String actorName, String claimId, String sourceId) {
        return header + """
                title: A small case
                sources:
                  - {id: %s, kind: reference-work, title: A note}
                actors:
                  - {id: %s, kind: state, name: %s, cow: 770}
                claims:
                  - id: %s
                    kind: fact
                    subjects: [%s]
                    predicate: exists
                    evidence:
                      - source: %s
                        quote: "It exists"
                """.formatted(sourceId, actorId, actorName, claimId, actorId, sourceId);
    }

    private List<Actor> actors(String caseId) {
        return new KnowledgeService(workbench).actors(new ActorsRequest(new CaseId(caseId), false, null)).actors();
    }

    @Test
    void aClaimWithABundledClaimsIdIsRefusedNamingBothPlaces() throws IOException {
        Path file = caseFile("mine.yaml", tinyCase("case: mine\n", "XPK", "Ex-Pakistan", "gillani-2021-01", "note-1"));
        Map<String, Long> before = new DatasetsService(workbench).status().tableRows();
        assertThatThrownBy(() -> importCase(file)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("mine.yaml, line 8, field 'claims': claim 'gillani-2021-01' is already defined by case"
                        + " south-asia (cases/south-asia/case.yaml, import ")
                .hasMessageEndingWith("give yours another id, or declare 'extends: south-asia' (your case builds on"
                        + " it) or 'replaces: south-asia'");
        assertThat(new DatasetsService(workbench).status().tableRows()).isEqualTo(before);
    }

    @Test
    void aSourceWithADatasetsIdAndARedeclaredActorAreRefused() throws IOException {
        Path source = caseFile("source.yaml", tinyCase("case: mine\n", "XPK", "Ex-Pakistan", "mine-01", "cow-nmc-7.0"));
        assertThatThrownBy(() -> importCase(source)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("source.yaml, line 4, field 'sources': source 'cow-nmc-7.0' is already the source of"
                        + " dataset cow-nmc-7.0");
        Path actor = caseFile("actor.yaml", tinyCase("case: mine\n", "PAK", "Pakistan", "mine-01", "note-1"));
        assertThatThrownBy(() -> importCase(actor)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("actor.yaml, line 6, field 'actors': actor 'PAK' is already defined by case south-asia");
    }

    @Test
    void aCaseExtendingAnotherReadsItsContentOverridingItsOwnIdsAndLeavesTheOtherAsItWas() throws IOException {
        List<Actor> southAsia = actors("south-asia");
        importCase(caseFile("mine.yaml", tinyCase("case: mine\nextends: south-asia\n", "PAK",
                "Pakistan (as my case names it)", "mine-01", "note-1")));

        assertThat(actors("south-asia")).isEqualTo(southAsia);
        List<Actor> mine = actors("mine");
        assertThat(mine).extracting(Actor::id).containsExactlyInAnyOrderElementsOf(
                southAsia.stream().map(Actor::id).toList());
        assertThat(mine).filteredOn(a -> a.id().equals("PAK")).singleElement().extracting(Actor::name)
                .isEqualTo("Pakistan (as my case names it)");
        assertThat(new KnowledgeService(workbench).claims(new ClaimsRequest(new CaseId("mine"), null, null, null,
                null)).claims()).extracting(c -> c.claim().id()).containsExactly("mine-01");
        assertThat(new DatasetsService(workbench).sources(CaseId.SOUTH_ASIA).sources())
                .noneMatch(s -> s.source().id().equals("note-1"));
        assertThat(new DatasetsService(workbench).sources(new CaseId("mine")).sources())
                .anyMatch(s -> s.source().id().equals("note-1"));
    }

    @Test
    void aCaseWithTheBundledCasesIdIsRefusedUnlessItReplacesItAndThenStaysUntilUndone() throws IOException {
        Path file = caseFile("my-south-asia.yaml", tinyCase("case: south-asia\n", "XPK", "Ex-Pakistan", "mine-01",
                "note-1"));
        assertThatThrownBy(() -> importCase(file)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("my-south-asia.yaml, line 1, field 'case': case 'south-asia' is already loaded from"
                        + " cases/south-asia/case.yaml");

        Path replacing = caseFile("replacing.yaml", tinyCase("case: south-asia\nreplaces: south-asia\n", "XPK",
                "Ex-Pakistan", "mine-01", "note-1"));
        ImportOutcome outcome = importCase(replacing);
        assertThat(outcome.replaced()).hasSize(1);
        workbench.close();
        workbench = Workbench.open(db);
        assertThat(actors("south-asia")).extracting(Actor::id).containsExactly("XPK");

        new DatasetsService(workbench).undo(new UndoRequest(outcome.importId()));
        assertThat(actors("south-asia")).extracting(Actor::id).contains("IND", "PAK", "USA");
    }
}
