package dev.ccoin.node.p2p.peers;

import java.time.Duration;

/**
 * The limits every connection works within: the largest frame after the handshake, how long each step of the
 * handshake (TLS, then {@code HEY}) may take, how long a socket read may wait (the idle timeout), and the outbound
 * queue's bounds in frames and bytes. Immutable.
 */
public record ConnectionPolicy(int maxFrameBytes, Duration handshakeTimeout, Duration idleTimeout,
                               int outboundFrames, long outboundBytes) {
    /** Before a peer has proved who it is, no frame is larger than a {@code HEY} could be. */
    public static final int HANDSHAKE_MAX_FRAME_BYTES = 16 * 1024;

    public ConnectionPolicy {
        if (maxFrameBytes < HANDSHAKE_MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("max frame bytes must be at least " + HANDSHAKE_MAX_FRAME_BYTES);
        }
        if (outboundFrames < 1 || outboundBytes < 1) {
            throw new IllegalArgumentException("the outbound queue needs room");
        }
    }
}
