/**
 * The transaction pool (spec §7): per sender, the executable transactions and a bounded queue of future ones;
 * admission with a reason code for every refusal; the order block builders take them in; and the pool's answer to
 * head changes and reorgs. May import core and {@code dev.ccoin.node.chain}. {@link dev.ccoin.node.txpool.TxPool} is
 * thread-safe and the single owner of the pool's state, behind one lock; the other public types are immutable values.
 */
package dev.ccoin.node.txpool;
