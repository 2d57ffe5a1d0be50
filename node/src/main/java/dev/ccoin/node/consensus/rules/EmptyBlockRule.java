package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/** Rule 7: a block without transactions only if {@code block_mining.allow_empty}. */
final class EmptyBlockRule implements BlockRule {
    private final boolean allowEmpty;

    EmptyBlockRule(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
    }

    @Override
    public void check(Block block) {
        if (!allowEmpty && block.transactions().isEmpty()) {
            throw InvalidBlockException.of(block, BlockReason.EMPTY_BLOCK,
                    "no transactions, and this chain does not allow empty blocks");
        }
    }
}
