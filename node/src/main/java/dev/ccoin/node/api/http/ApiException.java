package dev.ccoin.node.api.http;

import java.util.Objects;

/**
 * A request the API refuses, with the HTTP status and the machine-readable code a client sees in
 * {@code {"error": CODE, "message": "..."}}. Codes are upper snake case and stable; messages are for people.
 * {@link ApiErrors} turns it into the response. Immutable.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error has a 4xx or 5xx status, got " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** 400: the request is malformed or breaks a rule. */
    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /** 404: the named thing does not exist here. */
    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
