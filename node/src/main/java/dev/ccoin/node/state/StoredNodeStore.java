package dev.ccoin.node.state;

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
 * State-tree nodes in the {@link Column#STATE_NODE} column. Nodes are content-addressed and never deleted, so the
 * state of every kept block stays readable by its root and a reorg only switches roots. The chain computes a block's
 * new nodes in a {@link dev.ccoin.core.merkle.BufferedNodeStore} over this store and adds them to the block's batch
 * with {@link #write}; {@link #put} writes one node directly. Thread-safe.
 */
public final class StoredNodeStore implements NodeStore {
    private final Database database;

    public StoredNodeStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<StateNode> get(Hash32 hash) {
        byte[] bytes = database.get(Column.STATE_NODE.key(hash));
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StateNode.decode(bytes));
        } catch (DecodeException e) {
            throw new StorageException(StorageError.CORRUPT, "state node " + hash + " does not decode: " + e.getMessage());
        }
    }

    @Override
    public void put(Hash32 hash, StateNode node) {
        try (StoreBatch batch = database.batch()) {
            write(batch, Map.of(hash, node));
            batch.commit(false);
        }
    }

    /** Adds nodes to a batch that will be committed with the block that made them. */
    public static void write(StoreBatch batch, Map<Hash32, StateNode> nodes) {
        nodes.forEach((hash, node) -> batch.put(Column.STATE_NODE.key(hash), node.encode()));
    }
}
