package dev.ccoin.client.model;

import java.util.List;

/** {@code GET /peers}: the connected peers, oldest connection first. Immutable. */
public record Peers(int count, List<Peer> peers) {
    public Peers {
        peers = List.copyOf(peers);
    }
}
