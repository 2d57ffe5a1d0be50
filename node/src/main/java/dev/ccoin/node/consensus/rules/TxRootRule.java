package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/**
 * Rule 8: the header's txRoot is the root over the block's transaction ids, so the sealed header (and with it the
 * proof of work) commits to which transactions the block holds and in what order.
 */
final class TxRootRule implements BlockRule {
    @Override
    public void check(Block block) {
        Hash32 actual = TxRoot.of(block.transactions().stream().map(Transaction::hash).toList());
        Hash32 claimed = block.header().txRoot();
        if (!actual.equals(claimed)) {
            throw InvalidBlockException.of(block, BlockReason.TX_ROOT_MISMATCH,
                    "the transactions' root is " + actual + ", the header says " + claimed);
        }
    }
}
