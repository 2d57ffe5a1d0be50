package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;

/**
 * Rule 4: the block names the given parent. A caller that cannot find the parent throws
 * {@link BlockReason#UNKNOWN_PARENT} itself; this rule catches a context that belongs to another block.
 */
final class ParentLinkRule implements ParentRule {
    @Override
    public void check(Block block, ParentContext parent) {
        if (!block.header().parentHash().equals(parent.hash())) {
            throw InvalidBlockException.of(block, BlockReason.UNKNOWN_PARENT,
                    "parent " + block.header().parentHash() + " is not known here");
        }
    }
}
