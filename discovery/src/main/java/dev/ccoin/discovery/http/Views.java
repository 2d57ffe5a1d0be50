package dev.ccoin.discovery.http;

import dev.ccoin.discovery.peers.PeerEntry;
import java.util.List;

/** The JSON shapes the service returns; field names become snake_case. Immutable. */
final class Views {
    private Views() {
    }

    /** One live registration. */
    record Peer(String nodeId, String host, int port, long timestamp, long expiresAt) {
        static Peer of(PeerEntry entry) {
            return new Peer(entry.nodeId().toHex(), entry.registration().host(), entry.registration().port(),
                    entry.registration().timestamp(), entry.expiresAt());
        }
    }

    /** The answer to {@code GET /peers}. */
    record Peers(List<Peer> peers) {
    }

    /** The answer to {@code POST /peers}. */
    record Registered(String nodeId, long expiresAt) {
    }

    /** The answer to {@code GET /health}. */
    record Health(String status, int registrations, int capacity) {
    }

    /** Every error. */
    record Error(String error, String message) {
    }
}
