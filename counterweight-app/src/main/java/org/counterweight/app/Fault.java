package org.counterweight.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;
import org.counterweight.store.StoreException;

/**
 * A failure a person can act on, whatever layer it came from: the knowledge base's faults
 * ({@link StoreException#fault()}) and the same faults met writing an output file. Interfaces map each
 * to their own signal (the CLI's exit codes, docs/store.md; a server's HTTP status).
 */
public enum Fault {
    /** Another process is writing the knowledge base (or holds it while this one wants to write). */
    LOCKED,
    /** The disk is full. */
    DISK_FULL,
    /** No permission to read or write the file or its folder. */
    PERMISSION_DENIED,
    /** The knowledge base or the output can only be read (a read-only file, folder or file system). */
    READ_ONLY;

    /** The fault behind a failure, looking through its causes; empty for anything else. */
    public static Optional<Fault> of(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof StoreException store) {
                return switch (store.fault()) {
                    case LOCKED -> Optional.of(LOCKED);
                    case DISK_FULL -> Optional.of(DISK_FULL);
                    case PERMISSION_DENIED -> Optional.of(PERMISSION_DENIED);
                    case READ_ONLY -> Optional.of(READ_ONLY);
                    case FAILURE -> Optional.empty();
                };
            }
            if (e instanceof AccessDeniedException) {
                return Optional.of(PERMISSION_DENIED);
            }
            if (e instanceof ReadOnlyFileSystemException) {
                return Optional.of(READ_ONLY);
            }
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
                return Optional.of(DISK_FULL);
            }
            if (message.contains("read-only file system")) {
                return Optional.of(READ_ONLY);
            }
            if (message.contains("permission denied")) {
                return Optional.of(PERMISSION_DENIED);
            }
        }
        return Optional.empty();
    }
}
