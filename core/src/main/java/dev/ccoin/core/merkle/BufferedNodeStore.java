package dev.ccoin.core.merkle;

import dev.ccoin.core.types.Hash32;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link NodeStore} that keeps new nodes in memory over a base store until {@link #flush()}: reads see the
 * pending nodes first, then the base. It lets a caller compute a candidate state root (a block being validated
 * or mined) and write its nodes only if the block is kept, for instance into the same atomic batch as the block.
 * Not thread-safe: one owner, such as the chain thread or one mining candidate.
 */
public final class BufferedNodeStore implements NodeStore {
    private final NodeStore base;
    private final Map<Hash32, StateNode> pending = new LinkedHashMap<>();

    public BufferedNodeStore(NodeStore base) {
        this.base = base;
    }

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        StateNode node = pending.get(hash);
        return node != null ? Optional.of(node) : base.get(hash);
    }

    @Override
    public void put(Hash32 hash, StateNode node) {
        pending.putIfAbsent(hash, node);
    }

    /** The nodes put since the last flush, in the order they were first put; a read-only view. */
    public Map<Hash32, StateNode> pending() {
        return Collections.unmodifiableMap(pending);
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
