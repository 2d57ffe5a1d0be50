package dev.ccoin.discovery.peers;

/** A signed request the service will not act on; nothing was changed. */
public final class RefusedException extends RuntimeException {
    private final Refusal reason;

    public RefusedException(Refusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }
}
