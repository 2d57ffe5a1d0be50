package dev.ccoin.node.txpool;

import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link TxPool} for tests, with valid defaults: {@link Txs#PARAMS}' rules, the spec's capacity, a
 * {@link MutableClock} and a hook that records what it is told in {@link #verified}.
 */
final class PoolBuilder {
    final MutableClock clock = new MutableClock(1_700_000_000_000L);
    final List<Transaction> verified = new CopyOnWriteArrayList<>();
    private int capacity = TxPool.DEFAULT_CAPACITY;

    PoolBuilder capacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    TxPool build() {
        return new TxPool(new TransactionRules(Txs.PARAMS), capacity, clock, verified::add);
    }
}
