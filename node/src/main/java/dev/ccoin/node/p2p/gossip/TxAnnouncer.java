package dev.ccoin.node.p2p.gossip;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.p2p.messages.TransactionHashes;
import dev.ccoin.node.p2p.peers.Peer;
import dev.ccoin.node.p2p.peers.PeerTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Announces transaction hashes to peers in batches ({@code THA}, protocol §8): a hash goes into the batch of every
 * peer that neither sent nor was sent it, and a batch goes out when it reaches {@value TransactionHashes#MAX_HASHES}
 * hashes or at the next {@link #flush}, which the fetch thread runs every few milliseconds. Not thread-safe:
 * confined to the fetch thread, which {@link Gossip} posts every call to.
 */
final class TxAnnouncer {
    private final PeerTable peers;
    /** By identity, as {@link TxFetcher}'s peers. */
    private final Map<Peer, List<Hash32>> batches = new HashMap<>();

    TxAnnouncer(PeerTable peers) {
        this.peers = peers;
    }

    /** Queues {@code hashes} for every peer that does not know them, and marks them known there. */
    void announce(List<Hash32> hashes) {
        for (Peer peer : peers.all()) {
            List<Hash32> batch = null;
            for (Hash32 hash : hashes) {
                if (peer.markKnown(hash)) {
                    if (batch == null) {
                        batch = batches.computeIfAbsent(peer, p -> new ArrayList<>());
                    }
                    add(peer, batch, hash);
                }
            }
        }
    }

    /** Queues {@code hashes} for every peer, known or not: the rebroadcast of transactions that waited. */
    void offerAgain(List<Hash32> hashes) {
        for (Peer peer : peers.all()) {
            List<Hash32> batch = batches.computeIfAbsent(peer, p -> new ArrayList<>());
            for (Hash32 hash : hashes) {
                peer.markKnown(hash);
                add(peer, batch, hash);
            }
        }
    }

    /** Sends every waiting batch; forgets peers that left. */
    void flush() {
        batches.forEach((peer, batch) -> {
            if (!batch.isEmpty()) {
                send(peer, batch);
            }
        });
        batches.keySet().removeIf(peer -> !peer.isConnected());
    }

    private static void add(Peer peer, List<Hash32> batch, Hash32 hash) {
        batch.add(hash);
        if (batch.size() == TransactionHashes.MAX_HASHES) {
            send(peer, batch);
        }
    }

    private static void send(Peer peer, List<Hash32> batch) {
        peer.send(new TransactionHashes(batch));
        batch.clear();
    }
}
