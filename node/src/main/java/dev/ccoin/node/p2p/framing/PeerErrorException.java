package dev.ccoin.node.p2p.framing;

import dev.ccoin.node.p2p.messages.ErrorNotice;

/**
 * The peer sent {@code ERR} and is closing: its code (as a {@link DisconnectReason} when known) and message. Not a
 * violation of ours to answer — nothing is sent back and nobody is banned. Immutable; no stack trace.
 */
public final class PeerErrorException extends RuntimeException {
    private final ErrorNotice notice;

    public PeerErrorException(ErrorNotice notice) {
        super(notice.code() + ": " + notice.message(), null, false, false);
        this.notice = notice;
    }

    public ErrorNotice notice() {
        return notice;
    }

    public DisconnectReason reason() {
        return DisconnectReason.fromCode(notice.code());
    }
}
