package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import history on a store of its own: a file imported again under its name with other content
 * is refused, replaces its own import when asked, and undoing each replacement steps back one import.
 */
class ImportHistoryTest {
    private static final String HEADER = "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n";

    @TempDir
    Path folder;

    private Path nmc(String cinc) throws IOException {
        return Files.writeString(folder.resolve("NMC-99.0-abridged.csv"), HEADER + "IND,750,2000,1,1,1,1,1,1," + cinc
                + "\nIND,750,2001,1,1,1,1,1,1," + cinc + "\n");
    }

    private static double cinc(KnowledgeBase store) {
        try (StoreSession session = store.openSession()) {
            return Sql.query(session.connection(), "SELECT sum(cinc) FROM nmc", row -> row.getDouble(1)).get(0);
        }
    }

    @Test
    void aFileImportedAgainWithOtherContentReplacesItsOwnImportOnlyWhenAskedAndUndoStepsBack() throws IOException {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            ImportResult first = DatasetImporter.importFile(store, DatasetFormat.COW_NMC, nmc("0.5"), "99.0").result();
            assertThatThrownBy(() -> DatasetImporter.importFile(store, DatasetFormat.COW_NMC, nmc("0.25"), "99.0"))
                    .isInstanceOf(ImportConflictException.class).hasMessageContaining("2 of them with other values");
            ImportResult second = DatasetImporter.importFile(store, DatasetFormat.COW_NMC, nmc("0.25"), "99.0", true)
                    .result();
            ImportResult third = DatasetImporter.importFile(store, DatasetFormat.COW_NMC, nmc("0.125"), "99.0", true)
                    .result();
            assertThat(second.replaced()).containsExactly(first.importId());
            assertThat(third.replaced()).containsExactly(second.importId());
            assertThat(cinc(store)).isEqualTo(0.25);

            store.undo(third.importId());
            assertThat(cinc(store)).isEqualTo(0.5);
            store.undo(second.importId());
            assertThat(cinc(store)).isEqualTo(1.0);
            assertThat(store.history()).extracting(ImportEntry::state).containsExactly("loaded", "undone", "undone");
        }
    }
}
