package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import java.util.List;

/**
 * {@code PRS}: {@code [[nodeId, host, port]...]} — the body is the list itself — at most {@link #MAX_PEERS} peers
 * the sender knows. Immutable.
 */
public record PeerList(List<PeerAddress> peers) implements Message {
    public static final int MAX_PEERS = 100;

    public PeerList {
        peers = List.copyOf(peers);
        if (peers.size() > MAX_PEERS) {
            throw new IllegalArgumentException("a peer list has at most " + MAX_PEERS + " entries");
        }
    }

    public static PeerList read(CanonicalReader r) {
        int count = r.arrayHeader(MAX_PEERS, "PRS.peers");
        PeerAddress[] peers = new PeerAddress[count];
        for (int i = 0; i < count; i++) {
            peers[i] = PeerAddress.read(r);
        }
        return new PeerList(List.of(peers));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(peers.size());
        peers.forEach(w::write);
    }

    @Override
    public MessageType type() {
        return MessageType.PRS;
    }
}
