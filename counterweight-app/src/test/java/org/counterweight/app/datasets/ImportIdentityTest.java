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
import org.counterweight.app.Carry;
import org.counterweight.app.InvalidRequestException;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.counterweight.app.analysis.OverviewRequest;
import org.counterweight.app.analysis.OverviewService;
import org.counterweight.app.analysis.PowerRequest;
import org.counterweight.app.analysis.PowerService;
import org.counterweight.app.analysis.PowerTables;
import org.counterweight.io.InputFormatException;
import org.counterweight.report.Report;
import org.counterweight.store.ImportEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports keyed by content and identity, not file name (issue 15, item 1). On a store loaded with the
 * bundled data, the README's own example, {@code import cow-nmc data/datasets/cow-nmc/NMC-7.0-abridged.csv
 * --version 7.0}, added the 17,121 rows of COW NMC 7.0 again (Pakistan's recomputed CINC for 1947 fell
 * from 0.011441837 to 0.005720919, and {@code report}, {@code power} and {@code overview} failed with
 * "Duplicate key"). Now it, a renamed copy and a copy with other line endings are recognised as loaded
 * and change nothing; a copy with one value changed is refused unless it replaces the bundled import,
 * and undoing the replacement brings the bundled rows back.
 */
class ImportIdentityTest {
    private static final Path NMC_7 = Path.of("../data/datasets/cow-nmc/NMC-7.0-abridged.csv");
    private static final String HEADER = "\"stateabb\",\"ccode\",\"year\",\"milex\",\"milper\",\"irst\",\"pec\","
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

    private static Map<String, Long> counts() {
        return service.status().tableRows();
    }

    /** India and Pakistan's capabilities and ratios, 1947-1960, as the power command prints them. */
    private static List<List<Object>> powerRows() {
        Report.Table table = PowerTables.asymmetry(new PowerService(workbench).power(new PowerRequest(CaseId.SOUTH_ASIA,
                PowerRequest.blocs(List.of("IND", "PAK")), YearRange.of(1947, 1960), PowerRequest.Measure.parse("cinc"),
                PowerRequest.Partners.parse("obligations"), List.of(), Carry.FORWARD)));
        return table.rows();
    }

    private static Path copy(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ImportEntry bundledNmc7() {
        return service.history().imports().stream().filter(e -> e.dataset().equals("cow-nmc-7.0") && e.loaded())
                .findFirst().orElseThrow();
    }

    @Test
    void theReadmeExampleOnALoadedStoreSaysAlreadyLoadedAndChangesNothing() {
        Map<String, Long> before = counts();
        List<List<Object>> power = powerRows();

        ImportOutcome outcome = service.importFile(new ImportRequest("cow-nmc", NMC_7, "7.0"));

        assertThat(outcome.changed()).isFalse();
        assertThat(outcome.alreadyLoaded().dataset()).isEqualTo("cow-nmc-7.0");
        assertThat(outcome.importId()).isEqualTo(bundledNmc7().id());
        assertThat(DatasetsTables.of(outcome).get(0).notes()).singleElement().asString()
                .startsWith("already loaded: cow-nmc 7.0 is held by import " + bundledNmc7().id() + " (cow-nmc-7.0");
        assertThat(counts()).isEqualTo(before);
        assertThat(powerRows()).isEqualTo(power);
        assertThat(new OverviewService(workbench).overview(new OverviewRequest(CaseId.SOUTH_ASIA, 2019)).year())
                .isEqualTo(2019);
    }

    @Test
    void aRenamedCopyAndACopyWithOtherLineEndingsAreRecognisedToo() throws IOException {
        Map<String, Long> before = counts();
        String text = Files.readString(NMC_7);
        Path renamed = copy("capabilities-copy.csv", text);
        Path crlf = copy("capabilities-crlf.csv", text.replace("\n", "\r\n"));

        ImportOutcome byBytes = service.importFile(new ImportRequest("cow-nmc", renamed, "7.0"));
        ImportOutcome byRows = service.importFile(new ImportRequest("cow-nmc", crlf, "7.0"));

        assertThat(List.of(byBytes, byRows)).allSatisfy(outcome -> {
            assertThat(outcome.changed()).isFalse();
            assertThat(outcome.alreadyLoaded().dataset()).isEqualTo("cow-nmc-7.0");
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aChangedCopyIsRefusedUnlessItReplacesAndUndoRestoresThePreviousState() throws IOException {
        Map<String, Long> before = counts();
        List<List<Object>> power = powerRows();
        String text = Files.readString(NMC_7);
        Path changed = copy("NMC-7.0-corrected.csv", text.replace("\"PAK\",770,1947,", "\"PAK\",770,1947,1"));
        long bundled = bundledNmc7().id();

        assertThatThrownBy(() -> service.importFile(new ImportRequest("cow-nmc", changed, "7.0")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("NMC-7.0-corrected.csv: cow-nmc 7.0 is already loaded by import " + bundled)
                .hasMessageContaining("17121 of the file's 17121 rows have keys (ccode, year) held there, 1 of them"
                        + " with other values. Nothing was written")
                .extracting(e -> ((InvalidRequestException) e).parameter()).isEqualTo("replace");
        assertThat(counts()).isEqualTo(before);

        ImportOutcome replacing = service.importFile(new ImportRequest("cow-nmc", changed, "7.0", true));
        assertThat(replacing.changed()).isTrue();
        assertThat(replacing.replaced()).containsExactly(bundled);
        assertThat(counts().get("nmc")).isEqualTo(before.get("nmc"));
        assertThat(service.history().imports()).filteredOn(e -> e.id() == bundled).singleElement()
                .satisfies(e -> assertThat(e.state() + " " + e.replacedBy()).isEqualTo("replaced " + replacing.importId()));

        UndoResult undone = service.undo(new UndoRequest(replacing.importId()));
        assertThat(undone.restored()).extracting(ImportEntry::id).containsExactly(bundled);
        assertThat(counts()).isEqualTo(before);
        assertThat(powerRows()).isEqualTo(power);
        assertThat(bundledNmc7().id()).isEqualTo(bundled);
    }

    @Test
    void aDuplicateKeyRowIsRefusedNamingBothLines() throws IOException {
        Path file = copy("NMC-9.1-abridged.csv", HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n"
                + "\"USA\",2,1817,2466,15,80,277,8899,106,0.03\n\"USA\",2,1817,2466,15,80,277,8899,106,0.03\n");
        Map<String, Long> before = counts();
        assertThatThrownBy(() -> service.importFile(new ImportRequest("cow-nmc", file, "9.1")))
                .isInstanceOf(InputFormatException.class).hasMessage("NMC-9.1-abridged.csv, line 4, field 'ccode, year':"
                        + " duplicate key (version 9.1, ccode 2, year 1817): line 3 has the same");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aStateCodeOutsideTheCowListIsRefusedNamingLineAndField() throws IOException {
        Path file = copy("NMC-9.2-abridged.csv", HEADER + "\"USA\",2,1816,3823,17,80,254,8659,101,0.04\n"
                + "\"XXX\",998,1816,1,1,1,1,1,1,0.001\n");
        assertThatThrownBy(() -> service.importFile(new ImportRequest("cow-nmc", file, "9.2")))
                .isInstanceOf(InputFormatException.class).hasMessage("NMC-9.2-abridged.csv, line 3, field 'ccode': 998"
                        + " is not a COW state code: the COW state list loaded has no state with it");
        Path atop = copy("atop-998.csv", "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,"
                + "atop_consul\n2,998,1990,1,0,0,0,0\n");
        assertThatThrownBy(() -> service.importFile(new ImportRequest("atop", atop, null)))
                .isInstanceOf(InputFormatException.class).hasMessageStartingWith("atop-998.csv, line 2, field 'ccode2'");
    }

    @Test
    void aHeaderOnlyFileIsRefused() throws IOException {
        Path file = copy("NMC-9.3-abridged.csv", HEADER);
        assertThatThrownBy(() -> service.importFile(new ImportRequest("cow-nmc", file, "9.3")))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("NMC-9.3-abridged.csv: no data rows: the file holds a header only");
        assertThat(service.history().imports()).noneMatch(e -> e.fileName().endsWith("NMC-9.3-abridged.csv"));
    }

    @Test
    void bundledDataAndImportsNotLoadedCannotBeUndone() {
        long bundled = bundledNmc7().id();
        assertThatThrownBy(() -> service.undo(new UndoRequest(bundled))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("is bundled data (cow-nmc-7.0)");
        assertThatThrownBy(() -> service.undo(new UndoRequest(99_999))).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("no import 99999 in the history");
    }
}
