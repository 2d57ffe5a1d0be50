package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;

/** Rule 4: the height is the parent's + 1, so a height is a block's distance from genesis. */
final class HeightRule implements ParentRule {
    @Override
    public void check(Block block, ParentContext parent) {
        long expected = parent.height() + 1;
        if (block.height() != expected) {
            throw InvalidBlockException.of(block, BlockReason.WRONG_HEIGHT,
                    "height " + block.height() + " on a parent at " + parent.height());
        }
    }
}
