package org.counterweight.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How the server listens and what it allows.
 *
 * @param host            the address to bind (127.0.0.1 unless the operator chooses otherwise)
 * @param port            the port, 0 for any free one
 * @param writeToken      the token write requests must carry when writes are allowed; empty in read-only mode
 * @param maxRequestBytes the largest request body accepted (uploads included); larger ones get 413
 * @param runQueue        how many scenario runs may wait or run at once; more get 429
 */
public record ServerSettings(String host, int port, Optional<String> writeToken, long maxRequestBytes, int runQueue) {
    /** The default address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default largest request body: 8 MiB (a case file or a scenario; datasets larger come by the CLI). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L << 20;
    /** The default bound of the scenario queue: one running and three waiting. */
    public static final int DEFAULT_RUN_QUEUE = 4;

    public ServerSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, got " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, got " + maxRequestBytes);
        }
        if (runQueue < 1) {
            throw new IllegalArgumentException("runQueue must be at least 1, got " + runQueue);
        }
    }

    /** Read-only on loopback at this port, with the default limits. */
    public static ServerSettings readOnly(int port) {
        return new ServerSettings(LOOPBACK, port, Optional.empty(), DEFAULT_MAX_REQUEST_BYTES, DEFAULT_RUN_QUEUE);
    }

    /** Writes allowed on loopback at this port with a fresh random token (32 hex digits from SecureRandom). */
    public static ServerSettings withWrites(int port) {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return new ServerSettings(LOOPBACK, port, Optional.of(HexFormat.of().formatHex(bytes)),
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_RUN_QUEUE);
    }

    /** Whether write endpoints are open (to holders of the token). */
    public boolean writesAllowed() {
        return writeToken.isPresent();
    }
}
