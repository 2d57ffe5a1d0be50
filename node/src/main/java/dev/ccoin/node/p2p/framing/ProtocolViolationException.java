package dev.ccoin.node.p2p.framing;

/**
 * A reason to end a connection found while reading or handling a peer's frames: the {@link DisconnectReason} and a
 * message for the log and the {@code ERR} frame. Carries no stack trace: it is an expected answer to a peer, not a
 * bug. Immutable.
 */
public final class ProtocolViolationException extends RuntimeException {
    private final DisconnectReason reason;

    public ProtocolViolationException(DisconnectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public DisconnectReason reason() {
        return reason;
    }
}
