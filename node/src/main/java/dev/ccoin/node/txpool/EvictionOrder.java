package dev.ccoin.node.txpool;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The queued (future) transactions of every sender, oldest admission first: the order in which a full pool evicts.
 * Executable transactions are never in here, so they are never evicted. Not thread-safe: owned by
 * {@link PoolContents}, under {@link TxPool}'s lock.
 */
final class EvictionOrder {
    private final NavigableMap<Long, PoolEntry> bySequence = new TreeMap<>();

    void add(PoolEntry entry) {
        bySequence.put(entry.sequence(), entry);
    }

    void remove(PoolEntry entry) {
        bySequence.remove(entry.sequence());
    }

    Optional<PoolEntry> oldest() {
        return bySequence.isEmpty() ? Optional.empty() : Optional.of(bySequence.firstEntry().getValue());
    }

    boolean isEmpty() {
        return bySequence.isEmpty();
    }

    int size() {
        return bySequence.size();
    }
}
