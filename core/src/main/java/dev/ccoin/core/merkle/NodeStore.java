package dev.ccoin.core.merkle;

import dev.ccoin.core.types.Hash32;
import java.util.Optional;

/**
 * Where state-tree nodes live, keyed by their hash. Content addressing makes a put idempotent (one hash, one
 * node) and lets every kept root stay readable: nodes are never deleted, so a reorg only switches roots.
 *
 * <p>Contract for implementations: {@link #get} sees every node put earlier through the same store, including
 * puts not yet durable (a store over a LevelDB write batch reads the batch's pending puts first); a put never
 * replaces a different node; a missing node is {@link Optional#empty()}, never an exception. Thread-safety is the
 * implementation's to state.
 */
public interface NodeStore {
    Optional<StateNode> get(Hash32 hash);

    /** Stores {@code node} under {@code hash}, which the caller guarantees is {@code node.hash()}. */
    void put(Hash32 hash, StateNode node);
}
