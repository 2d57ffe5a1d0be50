package dev.ccoin.node.txpool;

import dev.ccoin.core.tx.Transaction;
import java.util.List;

/** What a block builder takes from the pool: executable transactions in the order a block should include them. */
@FunctionalInterface
public interface PendingTransactions {
    /**
     * Up to {@code max} executable transactions: per sender in nonce order, oldest first across senders. A caller
     * applies them in order and skips any that no longer apply.
     */
    List<Transaction> executable(int max);
}
