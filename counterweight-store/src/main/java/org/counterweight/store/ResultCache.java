package org.counterweight.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Derived results (Monte Carlo ensembles and the like) cached in the store under a key of everything
 * they were computed from, so entries never go stale: other inputs give another key. Each entry is
 * written and read by a {@link Codec}, whose name (kind and format version) is stored with it; an
 * entry written by another codec, or by an older version of this one, is a miss, never misread.
 * Clearing the cache loses nothing but time.
 */
public final class ResultCache {
    private final KnowledgeBase store;

    ResultCache(KnowledgeBase store) {
        this.store = store;
    }

    /**
     * How one type of result is written to bytes and read back.
     *
     * @param <T> the result type
     */
    public interface Codec<T> {
        /** The kind and format version, e.g. "scenario-digest/1"; change it whenever the bytes change. */
        String name();

        void write(T value, DataOutputStream out) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    /** The entry under {@code key}, if one was written by {@code codec}. */
    public <T> Optional<T> get(String key, Codec<T> codec) {
        try (StoreSession session = store.openSession()) {
            List<byte[]> payloads = Sql.query(session.connection(),
                    "SELECT payload FROM result_cache WHERE key = ? AND codec = ?", row -> row.getBytes(1), key,
                    codec.name());
            if (payloads.isEmpty()) {
                return Optional.empty();
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payloads.get(0)))) {
                return Optional.of(codec.read(in));
            } catch (IOException e) {
                throw new StoreException("cached result " + key + " cannot be read by " + codec.name() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** An entry as stored: its key, its codec's name and its bytes. */
    record Entry(String key, String codec, byte[] payload) {
    }

    /**
     * Stores {@code value} under {@code key}, replacing any entry there. A store opened read-only keeps
     * it until it closes, and writes it then if no other process has the store open (else it is
     * computed again next time).
     */
    public <T> void put(String key, Codec<T> codec, T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Entry entry = new Entry(key, codec.name(), bytes.toByteArray());
        if (store.readOnly()) {
            store.keepUnwritten(entry);
        } else {
            put(entry);
        }
    }

    void put(Entry entry) {
        store.write(session -> {
            try (PreparedStatement insert = session.connection().prepareStatement(
                    "INSERT OR REPLACE INTO result_cache VALUES (?, ?, ?, current_timestamp)")) {
                insert.setString(1, entry.key());
                insert.setString(2, entry.codec());
                insert.setBytes(3, entry.payload());
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw StoreFaults.translate(store.name(), "cannot cache a result in " + store.name(), e);
            }
        });
    }
}
