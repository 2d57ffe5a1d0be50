package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;

/**
 * Rule 1: the block's canonical encoding is at most {@code block_mining.max_block_bytes}. It runs after the proof
 * of work because it encodes the whole block; until then the decoder's frame limit bounds it.
 */
final class BlockSizeRule implements BlockRule {
    private final int maxBytes;

    BlockSizeRule(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void check(Block block) {
        int size = block.encode().length;
        if (size > maxBytes) {
            throw InvalidBlockException.of(block, BlockReason.BLOCK_TOO_LARGE,
                    size + " bytes, at most " + maxBytes);
        }
    }
}
