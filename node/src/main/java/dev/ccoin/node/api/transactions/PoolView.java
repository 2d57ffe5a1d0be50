package dev.ccoin.node.api.transactions;

import java.util.List;

/**
 * {@code GET /txpool}: how many executable ({@code pending}) and future ({@code queued}) transactions the pool
 * holds, and the first entries of each, by sender then nonce. Immutable.
 */
public record PoolView(int pendingCount, int queuedCount, List<PoolEntryView> pending, List<PoolEntryView> queued) {
    public PoolView {
        pending = List.copyOf(pending);
        queued = List.copyOf(queued);
    }
}
