package dev.ccoin.node.p2p;

import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.peers.PeerDeparture;

/**
 * Told when a peer completes its handshake and when any connection ends, with the reason. Called on connection
 * threads; must be thread-safe and must not block.
 */
public interface PeerListener {
    default void peerJoined(PeerInfo peer) {
    }

    default void connectionEnded(PeerDeparture departure) {
    }
}
