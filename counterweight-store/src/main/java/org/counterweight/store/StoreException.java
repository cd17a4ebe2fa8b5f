package org.counterweight.store;

/**
 * A failure of the store itself (cannot open, SQL error, incompatible schema), with the kind of
 * fault when it is one a person can act on ({@link Fault}): a full disk, a file they may not write,
 * a read-only store, a store another process holds. Interfaces map the fault to an exit code or status.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms of what the person can do about it. */
    public enum Fault {
        /** The disk holding the store (or DuckDB's temporary files) is full. */
        DISK_FULL,
        /** The store file or its folder may not be read or written by this user. */
        PERMISSION_DENIED,
        /** The store can only be read (a read-only file, folder or file system) and the command writes. */
        READ_ONLY,
        /** Another process holds the store for writing (or writes while this one wants to). */
        LOCKED,
        /** Anything else: a bug, a damaged file, an incompatible schema. */
        FAILURE
    }

    private final Fault fault;

    public StoreException(Fault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    public StoreException(String message, Throwable cause) {
        this(Fault.FAILURE, message, cause);
    }

    public StoreException(String message) {
        this(Fault.FAILURE, message, null);
    }

    public Fault fault() {
        return fault;
    }
}
