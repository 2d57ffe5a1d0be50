package dev.ccoin.core.merkle;

import dev.ccoin.core.types.Hash32;
import java.util.Optional;

/** A node store that counts reads and writes over an in-memory one, to measure what an update costs. */
final class CountingNodeStore implements NodeStore {
    private final InMemoryNodeStore nodes = new InMemoryNodeStore();
    private int reads;
    private int writes;

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        reads++;
        return nodes.get(hash);
    }

    @Override
    public void put(Hash32 hash, StateNode node) {
        writes++;
        nodes.put(hash, node);
    }

    int reads() {
        return reads;
    }

    int writes() {
        return writes;
    }

    void reset() {
        reads = 0;
        writes = 0;
    }
}
