package dev.ccoin.client.model;

import java.util.List;

/**
 * {@code GET /txpool}: how many executable ({@code pending}) and future ({@code queued}) transactions the pool holds,
 * and the first entries of each, by sender then nonce. Immutable.
 */
public record TxPool(int pendingCount, int queuedCount, List<PoolEntry> pending, List<PoolEntry> queued) {
    public TxPool {
        pending = List.copyOf(pending);
        queued = List.copyOf(queued);
    }
}
