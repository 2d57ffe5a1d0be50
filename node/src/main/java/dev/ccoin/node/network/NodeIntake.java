package dev.ccoin.node.network;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.TxPool;
import java.util.List;

/**
 * What gossip uses of the node: besides the chain and the way a block goes in, the pool (which transactions wait,
 * and since when) and the way a peer's transaction goes in. The head switches and admitted transactions gossip
 * announces reach it as a {@link dev.ccoin.node.chain.HeadListener} and a burst listener the node calls.
 * {@link dev.ccoin.node.Node} is the one a running node has. Implementations are thread-safe.
 */
public interface NodeIntake extends BlockIntake {
    TxPool pool();

    Admission submitTransaction(Transaction tx);

    /** Offers transactions in order, each admitted or refused on its own; one admission each, in order. */
    List<Admission> submitTransactions(List<Transaction> txs);
}
