package org.counterweight.web;

/**
 * A request the server refuses for a reason other than an invalid parameter (those are the app's
 * {@code InvalidRequestException}, 400): the HTTP status, the field or header concerned, and why.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
