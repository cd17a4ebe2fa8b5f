package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalDouble;
import org.counterweight.core.model.ArmsTransfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTransactionTest {
    private static final Table<ArmsTransfer> ARMS = DatasetTables.ARMS_TRANSFERS;

    /** Arrays of doubles, NaN included, as a cached result. */
    private static final ResultCache.Codec<double[]> NUMBERS = numbers("test-numbers/1");
    private static final ResultCache.Codec<double[]> OTHER_NUMBERS = numbers("test-numbers/2");

    private static ResultCache.Codec<double[]> numbers(String name) {
        return new ResultCache.Codec<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void write(double[] value, java.io.DataOutputStream out) throws java.io.IOException {
                out.writeInt(value.length);
                for (double v : value) {
                    out.writeDouble(v);
                }
            }

            @Override
            public double[] read(java.io.DataInputStream in) throws java.io.IOException {
                double[] value = new double[in.readInt()];
                for (int i = 0; i < value.length; i++) {
                    value[i] = in.readDouble();
                }
                return value;
            }
        };
    }

    private static List<ArmsTransfer> transfers(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new ArmsTransfer("2022", "China", 710, "Pakistan", 770, 2000 + i, i)).toList();
    }

    private static long count(KnowledgeBase store, String sql) throws SQLException {
        try (StoreSession session = store.openSession(); Statement statement = session.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static ImportResult load(KnowledgeBase store, String hash, List<ArmsTransfer> rows) {
        var batch = store.beginImport("sipri-test", "dataset", "test.csv", hash);
        if (batch.isEmpty()) {
            return new ImportResult("sipri-test", false, 0);
        }
        try (ImportBatch b = batch.get()) {
            b.stage(ARMS, sink -> rows.forEach(sink));
            return b.commit();
        }
    }

    @Test
    void importingTheSameContentTwiceChangesNothing() throws SQLException {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            assertThat(load(store, "h1", transfers(5)).changed()).isTrue();
            assertThat(load(store, "h1", transfers(5)).changed()).isFalse();
            assertThat(count(store, "SELECT count(*) FROM arms_transfers")).isEqualTo(5);
        }
    }

    @Test
    void newContentReplacesTheSlotsRowsOnly() throws SQLException {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            load(store, "h1", transfers(5));
            try (ImportBatch other = store.beginImport("other", "dataset", "o.csv", "x").orElseThrow()) {
                other.stage(ARMS, sink -> transfers(2).forEach(sink));
                other.commit();
            }
            load(store, "h2", transfers(3));
            assertThat(count(store, "SELECT count(*) FROM arms_transfers WHERE dataset = 'sipri-test'")).isEqualTo(3);
            assertThat(count(store, "SELECT count(*) FROM arms_transfers WHERE dataset = 'other'")).isEqualTo(2);
        }
    }

    @Test
    void aFailureWhileReadingLeavesTheStoreExactlyAsItWas(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("kb.duckdb");
        try (KnowledgeBase store = KnowledgeBase.open(file)) {
            load(store, "h1", transfers(5));
        }
        try (KnowledgeBase store = KnowledgeBase.open(file)) {
            assertThatThrownBy(() -> {
                try (ImportBatch batch = store.beginImport("sipri-test", "dataset", "bad.csv", "h2").orElseThrow()) {
                    batch.stage(ARMS, sink -> {
                        transfers(3).forEach(sink);
                        throw new IllegalStateException("line 4 is broken");
                    });
                    batch.commit();
                }
            }).hasMessageContaining("line 4");
            assertThat(count(store, "SELECT count(*) FROM arms_transfers")).isEqualTo(5);
            assertThat(store.importedHash("sipri-test")).contains("h1");
        }
        try (KnowledgeBase store = KnowledgeBase.open(file)) {
            assertThat(count(store, "SELECT count(*) FROM arms_transfers")).isEqualTo(5);
            assertThat(count(store, "SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'stage%'")).isZero();
        }
    }

    @Test
    void absentValuesAreStoredAsNullNotZero() throws SQLException {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            var record = new org.counterweight.core.model.NationalCapabilities("7.0", 770, "PAK", 1971,
                    OptionalDouble.of(727215), OptionalDouble.of(404), OptionalDouble.of(100), OptionalDouble.empty(),
                    OptionalDouble.of(62425), OptionalDouble.of(9219), OptionalDouble.of(0.0098727429));
            try (ImportBatch batch = store.beginImport("nmc-test", "dataset", "n.csv", "h").orElseThrow()) {
                batch.stage(DatasetTables.NMC, sink -> sink.accept(record));
                batch.commit();
            }
            assertThat(count(store, "SELECT count(*) FROM nmc WHERE pec IS NULL")).isEqualTo(1);
        }
    }

    @Test
    void schemaIsVersioned() {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.currentVersion());
        }
    }

    @Test
    void derivedResultsAreCachedAndTheFingerprintFollowsImports() {
        try (KnowledgeBase store = KnowledgeBase.inMemory()) {
            String empty = store.contentFingerprint();
            ResultCache cache = store.resultCache();
            assertThat(cache.get("k", NUMBERS)).isEmpty();
            cache.put("k", NUMBERS, new double[] {1, 2.5, Double.NaN});
            assertThat(cache.get("k", NUMBERS)).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 2.5, Double.NaN));
            assertThat(cache.get("k", OTHER_NUMBERS)).as("written by another codec: a miss").isEmpty();
            load(store, "h1", transfers(2));
            assertThat(store.contentFingerprint()).isNotEqualTo(empty).contains("sipri-test:h1");
        }
    }
}
