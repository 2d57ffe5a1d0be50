package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;

/** Rule 5: time moves forward along a chain: the timestamp is after the parent's. */
final class TimestampAfterParentRule implements ParentRule {
    @Override
    public void check(Block block, ParentContext parent) {
        long timestamp = block.header().timestamp();
        long parentTimestamp = parent.header().timestamp();
        if (timestamp <= parentTimestamp) {
            throw InvalidBlockException.of(block, BlockReason.TIMESTAMP_NOT_AFTER_PARENT,
                    "timestamp " + timestamp + " is not after the parent's " + parentTimestamp);
        }
    }
}
