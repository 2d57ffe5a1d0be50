package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/**
 * A consensus rule that needs nothing but the block and the chain parameters it was made with, as Besu's detached
 * header rules. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
interface BlockRule {
    /**
     * Returns if {@code block} keeps the rule.
     *
     * @throws InvalidBlockException with the rule's {@link BlockReason} if it does not
     */
    void check(Block block);
}
