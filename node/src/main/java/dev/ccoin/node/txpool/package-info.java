/**
 * The transaction pool (protocol §7): per sender, the executable transactions and a bounded queue of future ones;
 * admission with a reason code for every refusal; the order block builders take them in; and the pool's answer to
 * head changes and reorgs; the journal of acknowledged transactions, the package's one file. May import core,
 * {@code dev.ccoin.node.chain} and {@code dev.ccoin.node.storage}'s exceptions. {@link dev.ccoin.node.txpool.TxPool} is
 * thread-safe and the single owner of the pool's state, behind one lock; {@link dev.ccoin.node.txpool.TxJournal} and {@link dev.ccoin.node.txpool.PoolJournal} are thread-safe too; the
 * other public types are immutable values.
 */
package dev.ccoin.node.txpool;
