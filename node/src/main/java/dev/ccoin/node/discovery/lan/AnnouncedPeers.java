package dev.ccoin.node.discovery.lan;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.HostPort;
import java.time.Duration;

/** Where verified announcements go: the P2P network, which dials {@code endpoint} expecting {@code nodeId}. */
@FunctionalInterface
public interface AnnouncedPeers {
    /** A dial candidate for {@code lifetime}, pinned to {@code nodeId}; called on the receiver thread. */
    void announced(Address nodeId, HostPort endpoint, Duration lifetime);
}
