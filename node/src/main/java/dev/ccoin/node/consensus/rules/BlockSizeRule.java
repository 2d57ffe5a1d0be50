package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/**
 * Rule 1: the block's canonical encoding is at most {@code block_mining.max_block_bytes}. A decoded block knows
 * its size; a block built locally is encoded once to measure it, so the rule runs after the proof of work.
 */
final class BlockSizeRule implements BlockRule {
    private final int maxBytes;

    BlockSizeRule(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void check(Block block) {
        int size = block.encodedSize();
        if (size > maxBytes) {
            throw InvalidBlockException.of(block, BlockReason.BLOCK_TOO_LARGE,
                    size + " bytes, at most " + maxBytes);
        }
    }
}
