package dev.ccoin.client.api;

import java.util.Objects;

/**
 * A call to the node API that did not succeed, with its reason: the API's error ({@link #error()}, its exact code
 * in {@link #code()}, the HTTP {@link #status()}), or a transport failure ({@link ApiError#isTransport()}, status 0
 * when no answer came). The message is one line — {@code CODE: message} for an API error — ready for a log or a
 * command line. Immutable.
 */
public final class ApiException extends RuntimeException {
    private final ApiError error;
    private final String code;
    private final int status;

    public ApiException(ApiError error, String code, int status, String message, Throwable cause) {
        super(message, cause);
        this.error = Objects.requireNonNull(error, "error");
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
    }

    /** An error the API answered with {@code {"error": code, "message": message}}. */
    static ApiException answered(int status, String code, String message) {
        return new ApiException(ApiError.ofCode(code), code, status, code + ": " + message, null);
    }

    /** A failure of the client's own, {@code error} being a transport code. */
    public static ApiException transport(ApiError error, int status, String message, Throwable cause) {
        if (!error.isTransport()) {
            throw new IllegalArgumentException(error + " is an API code, not a transport one");
        }
        return new ApiException(error, error.name(), status, message, cause);
    }

    public ApiError error() {
        return error;
    }

    /** The code as the API sent it (for {@link ApiError#UNKNOWN} too), or the transport code's name. */
    public String code() {
        return code;
    }

    /** The HTTP status; 0 when no answer came. */
    public int status() {
        return status;
    }
}
