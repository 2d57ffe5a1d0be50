package dev.ccoin.node.p2p;

import dev.ccoin.core.types.Address;

/**
 * Which node ids this node may talk to, asked at every handshake and again at every maintenance tick, so a change
 * takes effect on open connections too. Production uses {@link #ALLOW_ALL}; tests use it to partition a network
 * and heal it. Implementations must be thread-safe and fast.
 */
@FunctionalInterface
public interface PeerFilter {
    PeerFilter ALLOW_ALL = nodeId -> true;

    boolean allows(Address nodeId);
}
