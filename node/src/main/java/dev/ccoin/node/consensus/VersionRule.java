package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.BlockLimits;

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
