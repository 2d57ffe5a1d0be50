package dev.ccoin.node.api.status;

import java.util.List;

/** {@code GET /peers}: the connected peers, oldest connection first. Immutable. */
public record PeersView(int count, List<PeerView> peers) {
    public PeersView {
        peers = List.copyOf(peers);
    }
}
