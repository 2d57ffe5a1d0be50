package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.admission.PuzzleSolver;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameCounters;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.handshake.Handshake;
import dev.ccoin.node.p2p.messages.Hey;
import dev.ccoin.node.p2p.tls.PeerTls;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What every connection of one network shares: the node's TLS, the handshake and our {@code HEY}, the limits, the peer table, bans,
 * the peer filter, where events go, the solver of admission puzzles, a timer for
 * the deadlines of the handshake's steps and forced closes, the clock and the factory of reader and writer threads, and the set of open connections (handshaking or not), which each connection joins when
 * it starts and leaves when it ends, and the counters of the frames they send and receive. Immutable; every part is thread-safe ({@code open} must be a concurrent set).
 */
public record ConnectionContext(PeerTls tls, Handshake handshake, Supplier<Hey> hello, ConnectionPolicy policy, PeerTable table,
                                BanList bans, Predicate<Address> allowed, PeerEvents events, PuzzleSolver solver,
                                ScheduledExecutorService timer, Clock clock, ThreadFactory threads,
                                Set<Connection> open, FrameCounters counters) {

    /** The local checks on a peer's node id during the handshake, in order: ban, filter, duplicate. */
    Handshake.Gate gate() {
        return nodeId -> {
            if (bans.isBanned(nodeId)) {
                throw new ProtocolViolationException(DisconnectReason.BANNED, "node " + nodeId + " is banned");
            }
            if (!allowed.test(nodeId)) {
                throw new ProtocolViolationException(DisconnectReason.NOT_ALLOWED,
                        "node " + nodeId + " is not allowed by the peer filter");
            }
            if (table.contains(nodeId)) {
                throw new ProtocolViolationException(DisconnectReason.DUPLICATE_CONNECTION,
                        "already connected to node " + nodeId);
            }
        };
    }
}
