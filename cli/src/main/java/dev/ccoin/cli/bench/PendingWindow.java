package dev.ccoin.cli.bench;

import dev.ccoin.core.tx.Transaction;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Backpressure for one submission lane: at most {@code size} of its admitted transactions wait for a block at once.
 * Without it a batch client admits faster than blocks include, every node's pool fills to its cap (protocol §7: 10 000),
 * and a transaction admitted by one node is refused {@code POOL_FULL} by the peers it is gossiped to — which never
 * hear of it again, so it is never included unless its first node seals it. The watched chain decides; a
 * transaction that was not admitted does not hold the lane. Safe from the lane's thread; the watcher is thread-safe.
 */
final class PendingWindow {
    private static final long POLL_MS = 5;

    private final BlockWatcher watcher;
    private final int size;

    PendingWindow(BlockWatcher watcher, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a window holds at least one transaction, got " + size);
        }
        this.watcher = watcher;
        this.size = size;
    }

    /**
     * Waits until sending {@code lane} up to position {@code end} (exclusive) leaves at most {@code size} of its
     * transactions out of a block: the one {@code size} before {@code end} is in a block or was not admitted.
     *
     * @param admitted whether the lane's transaction at a position was admitted
     * @return false if the deadline passed first
     */
    boolean awaitRoom(List<Transaction> lane, int end, IntPredicate admitted, long deadlineNanos)
            throws InterruptedException {
        int oldest = end - size - 1;
        if (oldest < 0) {
            return true;
        }
        String hash = lane.get(oldest).hash().toHex();
        while (admitted.test(oldest) && watcher.firstSeen(hash) == null) {
            if (System.nanoTime() >= deadlineNanos) {
                return false;
            }
            Thread.sleep(POLL_MS);
        }
        return true;
    }
}
