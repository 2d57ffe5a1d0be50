package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/** Rule 1: the header version is 1, the only one protocol v1 knows. */
final class VersionRule implements BlockRule {
    @Override
    public void check(Block block) {
        int version = block.header().version();
        if (version != BlockLimits.VERSION) {
            throw InvalidBlockException.of(block, BlockReason.WRONG_VERSION,
                    "version " + version + ", expected " + BlockLimits.VERSION);
        }
    }
}
