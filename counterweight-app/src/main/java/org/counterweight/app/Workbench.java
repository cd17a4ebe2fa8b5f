package org.counterweight.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.counterweight.store.BundledData;
import org.counterweight.store.ImportResult;
import org.counterweight.store.KnowledgeBase;
import org.counterweight.store.StoreException;
import org.counterweight.store.events.EventStore;

/**
 * The application over one knowledge base, with everything bundled loaded: what every interface
 * (CLI, report, web server, Spark driver) opens once and hands to the services. Thread-safe: each
 * service call works in a {@link UnitOfWork} of its own.
 */
public final class Workbench implements AutoCloseable {
    /** How long opening waits for a knowledge base another process holds, by default. */
    public static final int DEFAULT_LOCK_WAIT_SECONDS = KnowledgeBase.DEFAULT_LOCK_WAIT_SECONDS;

    /** Counterweight's version, as {@code --version} and a simulation's settings give it. */
    public static final String VERSION = "0.1.0";

    private final KnowledgeBase store;
    private final EventStore events;
    private final long loaded;

    private Workbench(KnowledgeBase store, Path eventFolder, long loaded) {
        this.store = store;
        this.events = EventStore.at(eventFolder);
        this.loaded = loaded;
    }

    private static Workbench loading(KnowledgeBase store, Path eventFolder) {
        try {
            return new Workbench(store, eventFolder, BundledData.ensureLoaded(store).stream()
                    .filter(ImportResult::changed).count());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Whether a workbench reads only (several may read one store at once) or may change the store. */
    public enum Access {
        /** Reading: the store is opened read-only, beside other readers (results are cached when it closes alone). */
        READ,
        /** Importing, reviewing, serving: the store is opened for writing, by this process alone. */
        WRITE
    }

    /** Opens (creating if needed) the knowledge base at {@code file} for writing and loads the bundled data it lacks. */
    public static Workbench open(Path file) {
        return open(file, Access.WRITE, Duration.ofSeconds(KnowledgeBase.DEFAULT_LOCK_WAIT_SECONDS));
    }

    /**
     * Opens the knowledge base at {@code file}. For reading, a store holding everything bundled as this
     * Counterweight bundles it is opened read-only at once; a new or outdated one is first opened for
     * writing to load what it lacks (a reader that finds it held by another process waits, up to
     * {@code lockWait}); one that cannot be written (a read-only file, folder or file system) is read as
     * it is. For writing, it is opened by this process alone.
     *
     * @throws org.counterweight.store.StoreException with its fault: locked (naming the holder), read-only,
     *         permission denied, disk full
     */
    public static Workbench open(Path file, Access access, Duration lockWait) {
        if (access == Access.WRITE) {
            return loading(KnowledgeBase.open(file, false, lockWait), eventFolderBeside(file));
        }
        long loaded = 0;
        if (Files.exists(file)) {
            KnowledgeBase reading = KnowledgeBase.open(file, true, lockWait);
            try {
                if (BundledData.loaded(reading)) {
                    return new Workbench(reading, eventFolderBeside(file), 0);
                }
            } catch (RuntimeException e) {
                reading.close();
                throw e;
            }
            reading.close();
        }
        try (Workbench writing = open(file, Access.WRITE, lockWait)) {
            loaded = writing.loadedOnOpen();
        } catch (StoreException e) {
            boolean unwritable = e.fault() == StoreException.Fault.READ_ONLY
                    || e.fault() == StoreException.Fault.PERMISSION_DENIED;
            if (!unwritable || !Files.exists(file)) {
                throw e;
            }
        }
        return new Workbench(KnowledgeBase.open(file, true, lockWait), eventFolderBeside(file), loaded);
    }

    /** The folder of the event store beside a knowledge base file: {@code kb.duckdb} has {@code kb.duckdb.events/}. */
    public static Path eventFolderBeside(Path file) {
        return file.toAbsolutePath().resolveSibling(file.getFileName() + ".events");
    }

    /** An in-memory knowledge base with the bundled data, for tests and one-off runs. */
    public static Workbench inMemory() {
        try {
            return loading(KnowledgeBase.inMemory(), Files.createTempDirectory("counterweight-events"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the event store", e);
        }
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
        return new UnitOfWork(store, events);
    }

    /** The store, for the services that import into it, cache in it or report on it; interfaces use services. */
    public KnowledgeBase store() {
        return store;
    }

    /** The event store (GDELT and ICEWS events as partitioned Parquet) beside the knowledge base. */
    public EventStore events() {
        return events;
    }

    @Override
    public void close() {
        store.close();
    }
}
