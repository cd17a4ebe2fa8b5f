package org.counterweight.app;

import java.util.Objects;

/**
 * A request a service cannot answer as asked: an unknown actor or case, a year outside the data, a
 * bound exceeded. It names the request parameter at fault ({@code actors}, {@code from}, {@code runs},
 * ...) so that each interface can point at its own spelling of it (the CLI's {@code --actors}, the
 * API's field); its message never names an interface's option.
 */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    /** The request parameter at fault. */
    public String parameter() {
        return parameter;
    }
}
