package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;

/**
 * A consensus rule that needs the block's parent, as Besu's attached header rules. Implementations are immutable
 * and thread-safe.
 */
@FunctionalInterface
interface ParentRule {
    /**
     * Returns if {@code block} keeps the rule on top of {@code parent}.
     *
     * @throws InvalidBlockException with the rule's {@link BlockReason} if it does not
     */
    void check(Block block, ParentContext parent);
}
