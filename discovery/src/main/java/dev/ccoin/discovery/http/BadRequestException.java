package dev.ccoin.discovery.http;

/** A request that cannot be read; nothing was changed. */
public final class BadRequestException extends RuntimeException {
    private final RequestError reason;

    public BadRequestException(RequestError reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RequestError reason() {
        return reason;
    }
}
