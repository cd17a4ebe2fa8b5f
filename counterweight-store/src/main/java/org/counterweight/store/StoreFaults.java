package org.counterweight.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what DuckDB (or the file system) says when it fails and says it in plain words, as a
 * {@link StoreException} with its {@link StoreException.Fault}: "no space left on device" on any
 * write (DuckDB reports a commit that could not write its log as "cannot commit - no transaction is
 * active", so a failure when the store's disk is nearly full is taken for a full disk), "permission
 * denied", a read-only file or file system, and the lock another process holds (with its process id).
 */
final class StoreFaults {
    /** DuckDB's lock conflict: "Conflicting lock is held in /usr/bin/java (PID 1234) by user root". */
    private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.*?) \\(PID (\\d+)\\)(?: by user (\\S+?))?\\.?(?:\\s|$)");

    private StoreFaults() {
    }

    /** The fault a failure message shows, looking through its causes. */
    static StoreException.Fault fault(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk is full") || message.contains("disk full")
                    || message.contains("could not write all bytes")) {
                return StoreException.Fault.DISK_FULL;
            }
            if (message.contains("conflicting lock") || message.contains("could not set lock")) {
                return StoreException.Fault.LOCKED;
            }
            if (message.contains("read-only file system") || message.contains("read-only mode")
                    || message.contains("attached in read-only")) {
                return StoreException.Fault.READ_ONLY;
            }
            if (message.contains("permission denied") || message.contains("access is denied")) {
                return StoreException.Fault.PERMISSION_DENIED;
            }
        }
        return StoreException.Fault.FAILURE;
    }

    /**
     * Free space below which a failed write is taken for a full disk: DuckDB reports a commit that could
     * not write its log as "cannot commit - no transaction is active", without the cause.
     */
    static final long LOW_SPACE_BYTES = 16L << 20;

    /** A store failure in plain words: what happened to {@code store}, while doing {@code what}. */
    static StoreException translate(String store, String what, Throwable error) {
        StoreException.Fault fault = fault(error);
        if (fault == StoreException.Fault.FAILURE && lowOnSpace(store)) {
            fault = StoreException.Fault.DISK_FULL;
        }
        String message = switch (fault) {
            case DISK_FULL -> what + ": the disk holding " + store + " is full. Nothing was changed; free some space"
                    + " (or use a store on another disk) and try again";
            case PERMISSION_DENIED -> what + ": no permission to write " + store + " or its folder (" + detail(error)
                    + ")";
            case READ_ONLY -> what + ": " + (exists(store) ? store + " can only be read here (read-only file or file"
                    + " system); reading works, changes need a writable copy" : store + " cannot be created: its folder"
                    + " is on a read-only file system");
            case LOCKED -> what + ": " + store + " is in use by " + holder(error);
            case FAILURE -> what + ": " + detail(error);
        };
        return new StoreException(fault, message, error);
    }

    private static boolean exists(String store) {
        try {
            return Files.exists(Path.of(store));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Whether the disk holding the store file has almost no space left. */
    static boolean lowOnSpace(String store) {
        try {
            Path file = Path.of(store).toAbsolutePath();
            Path existing = Files.exists(file) ? file : file.getParent();
            return existing != null && Files.exists(existing)
                    && Files.getFileStore(existing).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return false;
        }
    }

    /** Who holds the store's lock, as DuckDB says: "process 1234 (/usr/bin/java, user root)". */
    static String holder(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            Matcher matcher = HOLDER.matcher(String.valueOf(e.getMessage()));
            if (matcher.find()) {
                return "process " + matcher.group(2) + " (" + matcher.group(1)
                        + (matcher.group(3) != null ? ", user " + matcher.group(3) : "") + ")";
            }
        }
        return "another process";
    }

    /** The first line of the innermost message, without DuckDB's long prefixes. */
    private static String detail(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
