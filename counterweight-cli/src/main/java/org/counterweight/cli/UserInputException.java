package org.counterweight.cli;

/** A bad argument found after parsing (an unknown actor, an empty window): exit code 2. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
