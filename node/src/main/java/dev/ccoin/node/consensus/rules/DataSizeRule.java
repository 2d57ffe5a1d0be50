package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/** Rule 1: the header's {@code data} is at most 256 bytes, so headers stay small for everyone who stores them. */
final class DataSizeRule implements BlockRule {
    @Override
    public void check(Block block) {
        int length = block.header().data().length();
        if (length > BlockLimits.MAX_DATA_BYTES) {
            throw InvalidBlockException.of(block, BlockReason.DATA_TOO_LARGE,
                    length + " bytes of data, at most " + BlockLimits.MAX_DATA_BYTES);
        }
    }
}
