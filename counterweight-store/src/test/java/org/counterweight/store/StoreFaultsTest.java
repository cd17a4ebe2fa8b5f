package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in plain words. The messages are DuckDB 1.4's, as it gave them on this machine: a lock held by
 * another process, a full disk (a 30 MB tmpfs filled up), a folder the user may not write (a store
 * opened as user nobody). A full disk and a foreign lock are also shown end to end in docs/store.md.
 */
class StoreFaultsTest {
    private static final String LOCK = "IO Error: Could not set lock on file \"/tmp/hs.duckdb\": Conflicting lock is"
            + " held in /usr/lib/jvm/java-17-openjdk-amd64/bin/java (PID 30377) by user root. See also"
            + " https://duckdb.org/docs/stable/connect/concurrency";

    @Test
    void eachFaultIsRecognisedFromWhatDuckDbSays() {
        assertThat(StoreFaults.fault(new SQLException(LOCK))).isEqualTo(StoreException.Fault.LOCKED);
        assertThat(StoreFaults.fault(new SQLException("IO Error: Could not write file \"/tmp/kb.duckdb\": No space"
                + " left on device"))).isEqualTo(StoreException.Fault.DISK_FULL);
        assertThat(StoreFaults.fault(new SQLException("IO Error: Cannot open file \"/tmp/kb.duckdb\": Permission"
                + " denied"))).isEqualTo(StoreException.Fault.PERMISSION_DENIED);
        assertThat(StoreFaults.fault(new SQLException("IO Error: Cannot open file \"/mnt/kb.duckdb\": Read-only file"
                + " system"))).isEqualTo(StoreException.Fault.READ_ONLY);
        assertThat(StoreFaults.fault(new SQLException("Binder Error: no such column"))).isEqualTo(
                StoreException.Fault.FAILURE);
    }

    @Test
    void aLockNamesTheProcessHoldingIt() {
        StoreException e = StoreFaults.translate("/tmp/hs.duckdb", "cannot open /tmp/hs.duckdb", new SQLException(LOCK));
        assertThat(e.fault()).isEqualTo(StoreException.Fault.LOCKED);
        assertThat(e.getMessage()).isEqualTo("cannot open /tmp/hs.duckdb: /tmp/hs.duckdb is in use by process 30377"
                + " (/usr/lib/jvm/java-17-openjdk-amd64/bin/java, user root)");
    }

    /**
     * Two read-only stores on one file read at once; a change is refused; a result computed is kept
     * and written back when the store closes alone.
     */
    @Test
    void aStoreOpenedReadOnlyReadsRefusesChangesAndWritesItsCacheWhenItCloses(@TempDir Path folder) {
        Path file = folder.resolve("kb.duckdb");
        KnowledgeBase.open(file).close();
        try (KnowledgeBase first = KnowledgeBase.open(file, true, java.time.Duration.ZERO);
                KnowledgeBase second = KnowledgeBase.open(file, true, java.time.Duration.ZERO)) {
            assertThat(first.readOnly()).isTrue();
            assertThat(first.current()).isTrue();
            assertThat(second.tableCounts().get("nmc")).isZero();
            first.resultCache().put("key", TextCodec.TEXT, "value");
            assertThat(first.resultCache().get("key", TextCodec.TEXT)).isEmpty();
            assertThatThrownBy(() -> first.write(session -> 1)).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).fault()).isEqualTo(StoreException.Fault.READ_ONLY);
        }
        try (KnowledgeBase reopened = KnowledgeBase.open(file, true, java.time.Duration.ZERO)) {
            assertThat(reopened.resultCache().get("key", TextCodec.TEXT)).contains("value");
        }
    }
}
