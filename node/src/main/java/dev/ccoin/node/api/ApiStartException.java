package dev.ccoin.node.api;

/** The API server could not start, usually because its address is taken; the message names host and port. */
public final class ApiStartException extends RuntimeException {
    public ApiStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
