package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import java.time.Clock;

/**
 * Rule 5: the timestamp is at most {@link #MAX_DRIFT_MS} ahead of the local clock. It stops a miner from stamping
 * blocks far ahead, which would let the chain's clock run away from real time. A block from the future is dropped,
 * not held against its sender ({@link BlockReason#blamesSender()}): the sender's clock, or ours, may simply drift.
 */
final class FutureTimestampRule implements ParentRule {
    /** How far ahead of the local clock a block's timestamp may be. */
    static final long MAX_DRIFT_MS = 15_000;

    private final Clock clock;

    FutureTimestampRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(Block block, ParentContext parent) {
        long timestamp = block.header().timestamp();
        long now = clock.millis();
        if (timestamp > now + MAX_DRIFT_MS) {
            throw InvalidBlockException.of(block, BlockReason.TIMESTAMP_IN_FUTURE,
                    "timestamp " + timestamp + " is " + (timestamp - now) + " ms ahead of the local clock");
        }
    }
}
