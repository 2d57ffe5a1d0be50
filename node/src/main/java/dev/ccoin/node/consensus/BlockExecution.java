package dev.ccoin.node.consensus;

import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of executing a valid block on its parent's state: the new state root (equal to the header's), the
 * accounts the block changed ({@link Account#EMPTY} for one that became empty), and the state-tree nodes the new
 * root needs that were not written anywhere yet. Nothing reaches a store until the caller writes {@link #nodes()},
 * typically into the same atomic batch as the block itself. Immutable: {@code changes} is copied, while
 * {@code nodes} — some 3 500 entries for a full block — is handed over by its maker ({@link StateTransition} gives
 * up its buffer) and only wrapped read-only.
 */
public record BlockExecution(Hash32 stateRoot, Map<Address, Account> changes, Map<Hash32, StateNode> nodes) {
    public BlockExecution {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        nodes = Collections.unmodifiableMap(nodes);
    }

    /** Writes the new nodes to {@code store}, after which {@link #stateRoot()} is readable from it. */
    public void writeTo(NodeStore store) {
        nodes.forEach(store::put);
    }
}
