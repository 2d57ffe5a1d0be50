package dev.ccoin.core.merkle;

import dev.ccoin.core.types.Hash32;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link NodeStore} that keeps new nodes in memory over a base store until {@link #flush()}: reads see the
 * pending nodes first, then the base. It lets a caller compute a candidate state root (a block being validated
 * or mined) and write its nodes only if the block is kept, for instance into the same atomic batch as the block.
 *
 * <p>Nodes read from the base are remembered for the life of this store. A node is named by its hash, so a
 * remembered one is never stale; and every account's path crosses the same top levels of the tree, which then
 * cost one lookup in a small map each instead of one in the base's large cache. Meant to live for one block.
 * Not thread-safe: one owner, such as the chain thread or one mining candidate.
 */
public final class BufferedNodeStore implements NodeStore {
    private final NodeStore base;
    private Map<Hash32, StateNode> pending = new LinkedHashMap<>();
    private final Map<Hash32, StateNode> read = new HashMap<>();

    public BufferedNodeStore(NodeStore base) {
        this.base = base;
    }

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        StateNode node = pending.get(hash);
        if (node == null) {
            node = read.get(hash);
        }
        if (node != null) {
            return Optional.of(node);
        }
        Optional<StateNode> loaded = base.get(hash);
        loaded.ifPresent(found -> read.put(hash, found));
        return loaded;
    }

    @Override
    public void put(Hash32 hash, StateNode node) {
        pending.putIfAbsent(hash, node);
    }

    /** The nodes put since the last flush, in the order they were first put; a read-only view. */
    public Map<Hash32, StateNode> pending() {
        return Collections.unmodifiableMap(pending);
    }

    /**
     * Hands the pending nodes over to the caller, who owns the returned map from then on, and starts an empty one:
     * for a block's thousands of new nodes, cheaper than a copy of {@link #pending()}.
     */
    public Map<Hash32, StateNode> takePending() {
        Map<Hash32, StateNode> taken = pending;
        pending = new LinkedHashMap<>();
        return taken;
    }

    /** Writes the pending nodes to the base store and forgets them. */
    public void flush() {
        pending.forEach(base::put);
        pending.clear();
    }

    /** Forgets the pending nodes without writing them. */
    public void discard() {
        pending.clear();
    }
}
