package org.counterweight.app;

import java.nio.file.Path;
import java.util.List;
import org.counterweight.store.BundledData;
import org.counterweight.store.ImportResult;
import org.counterweight.store.KnowledgeBase;

/**
 * The application over one knowledge base, with everything bundled loaded: what every interface
 * (CLI, report, web server, Spark driver) opens once and hands to the services. Thread-safe: each
 * service call works in a {@link UnitOfWork} of its own.
 */
public final class Workbench implements AutoCloseable {
    /** Counterweight's version, as {@code --version} and a simulation's settings give it. */
    public static final String VERSION = "0.1.0";

    private final KnowledgeBase store;
    private final long loaded;

    private Workbench(KnowledgeBase store) {
        this.store = store;
        try {
            this.loaded = BundledData.ensureLoaded(store).stream().filter(ImportResult::changed).count();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens (creating if needed) the knowledge base at {@code file} and loads the bundled data it lacks. */
    public static Workbench open(Path file) {
        return new Workbench(KnowledgeBase.open(file));
    }

    /** An in-memory knowledge base with the bundled data, for tests and one-off runs. */
    public static Workbench inMemory() {
        return new Workbench(KnowledgeBase.inMemory());
    }

    /** How many bundled datasets and cases were loaded (or reloaded) when this workbench opened. */
    public long loadedOnOpen() {
        return loaded;
    }

    /** The knowledge base's name (its file, or "in-memory store"). */
    public String storeName() {
        return store.name();
    }

    /** Starts a unit of work that reads one consistent snapshot of the store. */
    public UnitOfWork begin() {
        return new UnitOfWork(store);
    }

    /** The store, for the services that import into it, cache in it or report on it; interfaces use services. */
    public KnowledgeBase store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
