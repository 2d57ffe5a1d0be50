package dev.ccoin.node.txpool;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Objects;

/**
 * One transaction in the pool and when it arrived: {@code arrivedAt} is the pool clock's Unix time in ms, shown by
 * the API; {@code sequence} is the admission order, unique and increasing even if the clock steps back, which orders
 * senders for block building and queued transactions for eviction. Immutable.
 */
public record PoolEntry(Transaction transaction, long arrivedAt, long sequence) {
    public PoolEntry {
        Objects.requireNonNull(transaction, "transaction");
    }

    public Address sender() {
        return transaction.sender();
    }

    public long nonce() {
        return transaction.nonce();
    }

    public Hash32 hash() {
        return transaction.hash();
    }
}
