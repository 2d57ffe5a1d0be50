package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Hash32;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The block and transaction hashes one peer has sent us or been sent, so gossip never sends a thing back to where
 * it came from or twice to the same peer. Bounded: the oldest hashes are forgotten first, which at worst costs a
 * redundant frame the peer drops as already known. Thread-safe (synchronized); touched by reader threads, the chain
 * thread and the sync thread.
 */
public final class KnownHashes {
    private final Map<Hash32, Boolean> hashes;

    public KnownHashes(int capacity) {
        this.hashes = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Hash32, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers {@code hash}; true if it was not known before. */
    public synchronized boolean add(Hash32 hash) {
        return hashes.put(hash, Boolean.TRUE) == null;
    }

    public synchronized boolean contains(Hash32 hash) {
        return hashes.containsKey(hash);
    }

    public synchronized int size() {
        return hashes.size();
    }
}
