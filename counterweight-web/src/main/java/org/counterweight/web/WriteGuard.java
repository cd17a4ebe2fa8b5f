package org.counterweight.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a write request through only when the server allows writes and the request carries the token
 * ({@code Authorization: Bearer TOKEN}): 403 in read-only mode (no token can help), 401 without or
 * with a wrong token. Tokens are compared in constant time.
 */
final class WriteGuard {
    private final ServerSettings settings;

    WriteGuard(ServerSettings settings) {
        this.settings = settings;
    }

    /** Throws {@link ApiException} (403 or 401) unless the request may write. */
    void check(Context ctx) {
        if (!settings.writesAllowed()) {
            throw new ApiException(403, "writes", "the server is read-only: start it with --allow-writes to write");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        byte[] expected = settings.writeToken().orElseThrow().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "Authorization", "a write needs the header 'Authorization: Bearer TOKEN'"
                    + " with the token the server printed at start");
        }
    }
}
