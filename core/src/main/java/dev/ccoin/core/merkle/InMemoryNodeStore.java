package dev.ccoin.core.merkle;

import dev.ccoin.core.types.Hash32;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link NodeStore} in a concurrent map, for core, tools and tests. It checks every put against the node's
 * hash, so a bug that stores a node under the wrong key fails at once instead of corrupting a root. Thread-safe.
 */
public final class InMemoryNodeStore implements NodeStore {
    private final Map<Hash32, StateNode> nodes = new ConcurrentHashMap<>();

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        return Optional.ofNullable(nodes.get(hash));
    }

    @Override
    public void put(Hash32 hash, StateNode node) {
        if (!node.hash().equals(hash)) {
            throw new IllegalArgumentException("node " + node + " does not hash to " + hash);
        }
        nodes.putIfAbsent(hash, node);
    }

    /** The number of distinct nodes stored. */
    public int size() {
        return nodes.size();
    }
}
