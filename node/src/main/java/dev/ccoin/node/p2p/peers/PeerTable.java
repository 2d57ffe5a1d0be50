package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handshaken peers by node id: at most one connection per node, at most {@code maxPeers} in all, inbound and
 * outbound together. Thread-safe: a concurrent map; {@link #register} is synchronized so that its checks and its
 * insertion are one step.
 */
public final class PeerTable {
    private final int maxPeers;
    private final Map<Address, Peer> peers = new ConcurrentHashMap<>();

    public PeerTable(int maxPeers) {
        if (maxPeers < 1) {
            throw new IllegalArgumentException("max peers must be at least 1");
        }
        this.maxPeers = maxPeers;
    }

    /** Adds a peer that completed its handshake, or refuses a second connection to one node or one too many. */
    synchronized void register(Peer peer) {
        if (peers.containsKey(peer.nodeId())) {
            throw new ProtocolViolationException(DisconnectReason.DUPLICATE_CONNECTION,
                    "already connected to node " + peer.nodeId());
        }
        if (peers.size() >= maxPeers) {
            throw new ProtocolViolationException(DisconnectReason.TOO_MANY_PEERS,
                    "this node has its " + maxPeers + " peers");
        }
        peers.put(peer.nodeId(), peer);
    }

    void remove(Peer peer) {
        peers.remove(peer.nodeId(), peer);
    }

    public boolean contains(Address nodeId) {
        return peers.containsKey(nodeId);
    }

    public Optional<Peer> get(Address nodeId) {
        return Optional.ofNullable(peers.get(nodeId));
    }

    /** A snapshot of the connected peers. */
    public List<Peer> all() {
        return List.copyOf(peers.values());
    }

    public int size() {
        return peers.size();
    }

    public int maxPeers() {
        return maxPeers;
    }

    /** True if a connected peer accepts connections at {@code endpoint}. */
    public boolean hasEndpoint(InetSocketAddress endpoint) {
        for (Peer peer : peers.values()) {
            if (peer.listenEndpoint().filter(endpoint::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
