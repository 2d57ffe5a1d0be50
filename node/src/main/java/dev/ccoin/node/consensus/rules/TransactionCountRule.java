package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/** Rule 1: at most {@code block_mining.max_bound} transactions. */
final class TransactionCountRule implements BlockRule {
    private final int maxTransactions;

    TransactionCountRule(int maxTransactions) {
        this.maxTransactions = maxTransactions;
    }

    @Override
    public void check(Block block) {
        int count = block.transactions().size();
        if (count > maxTransactions) {
            throw InvalidBlockException.of(block, BlockReason.TOO_MANY_TRANSACTIONS,
                    count + " transactions, at most " + maxTransactions);
        }
    }
}
