package dev.ccoin.node.state;

import dev.ccoin.core.cache.BoundedCache;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.storage.Column;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import dev.ccoin.node.storage.StoreBatch;
import java.util.Map;
import java.util.Optional;

/**
 * Committed state-tree nodes in the {@link Column#STATE_NODE} column. Nodes are content-addressed and never deleted,
 * so every committed state stays readable by its root. {@link HeldNodes} holds the nodes of uncommitted states over
 * this store and adds a committed state's nodes to the commit's batch with {@link #write}; {@link #put} writes one
 * node directly.
 *
 * <p>Decoded nodes are kept in a bounded cache: a transfer walks some 35 nodes of the tree, and the upper levels are
 * the same for every account. A node is immutable and named by its hash, so a cached node can never be stale — even
 * one cached from a batch that was then not committed is still the right node for its hash. Thread-safe.
 */
public final class StoredNodeStore implements NodeStore {
    private static final int CACHE_CAPACITY = 200_000;

    private final Database database;
    private final BoundedCache<Hash32, StateNode> cache = new BoundedCache<>(CACHE_CAPACITY);

    public StoredNodeStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        StateNode cached = cache.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        byte[] bytes = database.get(Column.STATE_NODE.key(hash));
        if (bytes == null) {
            return Optional.empty();
        }
        StateNode node;
        try {
            node = StateNode.decode(bytes);
        } catch (DecodeException e) {
            throw new StorageException(StorageError.CORRUPT, "state node " + hash + " does not decode: " + e.getMessage());
        }
        cache.put(hash, node);
        return Optional.of(node);
    }

    @Override
    public void put(Hash32 hash, StateNode node) {
        try (StoreBatch batch = database.batch()) {
            write(batch, Map.of(hash, node));
            batch.commit(false);
        }
    }

    /** Adds nodes to a batch that will be committed with the block that made them, and to the cache. */
    public void write(StoreBatch batch, Map<Hash32, StateNode> nodes) {
        nodes.forEach((hash, node) -> {
            batch.put(Column.STATE_NODE.key(hash), node.encode());
            cache.put(hash, node);
        });
    }
}
