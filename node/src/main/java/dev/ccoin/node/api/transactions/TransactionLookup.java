package dev.ccoin.node.api.transactions;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.chain.TxLocation;
import dev.ccoin.node.txpool.PoolEntry;
import dev.ccoin.node.txpool.TxPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a transaction wherever it is: in the canonical chain's index, else in the pool. The chain is asked again
 * after the pool, so a transaction included between the two reads is still found. Thread-safe: it only reads the
 * chain view and the pool, both safe from any thread.
 */
public final class TransactionLookup {
    private final ChainView chain;
    private final TxPool pool;

    public TransactionLookup(ChainView chain, TxPool pool) {
        this.chain = chain;
        this.pool = pool;
    }

    public Optional<TransactionView> find(Hash32 hash) {
        return included(hash).or(() -> pooled(hash)).or(() -> included(hash));
    }

    /** The transaction if the canonical chain holds it. */
    public Optional<TransactionView> included(Hash32 hash) {
        return chain.transactionLocation(hash).flatMap(this::at);
    }

    /** The canonical transaction at {@code location}; empty if a reorg moved it since the index was read. */
    public Optional<TransactionView> at(TxLocation location) {
        return transactionAt(location).map(tx -> TransactionView.included(tx, location));
    }

    /** The transaction if the pool holds it, pending or queued. */
    public Optional<TransactionView> pooled(Hash32 hash) {
        return pool.entry(hash).map(entry -> TransactionView.pooled(entry, isExecutable(entry)));
    }

    /** The transaction itself, from the canonical chain or the pool. */
    public Optional<Transaction> transaction(Hash32 hash) {
        return chain.transactionLocation(hash).flatMap(this::transactionAt)
                .or(() -> pool.get(hash))
                .or(() -> chain.transactionLocation(hash).flatMap(this::transactionAt));
    }

    private Optional<Transaction> transactionAt(TxLocation location) {
        return chain.block(location.blockHash())
                .filter(block -> location.index() < block.transactions().size())
                .map(block -> block.transactions().get(location.index()));
    }

    /** Every transaction of {@code block}, as included there. */
    public static List<TransactionView> of(Block block) {
        List<TransactionView> views = new ArrayList<>(block.transactions().size());
        for (int i = 0; i < block.transactions().size(); i++) {
            views.add(TransactionView.included(block.transactions().get(i),
                    new TxLocation(block.hash(), block.height(), i)));
        }
        return views;
    }

    private boolean isExecutable(PoolEntry entry) {
        return entry.nonce() < pool.pendingNonce(entry.sender(), chain.headState());
    }
}
