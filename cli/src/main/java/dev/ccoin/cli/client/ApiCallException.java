package dev.ccoin.cli.client;

import java.util.Objects;

/**
 * A call to the node API that did not succeed: the node could not be reached ({@link #status()} 0), or it answered
 * with an error ({@code {"error": CODE, "message"}}) or with something that is not the API. The message is one
 * line, {@code CODE: message} for an API error, ready for the command line's error output. Immutable.
 */
public final class ApiCallException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiCallException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    public ApiCallException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The HTTP status, 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The API's error code, or {@code UNREACHABLE} / {@code NOT_THE_API}. */
    public String code() {
        return code;
    }
}
