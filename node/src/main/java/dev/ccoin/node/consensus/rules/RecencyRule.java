package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import dev.ccoin.node.consensus.Schedule;

/**
 * Rule 6: with N authorities, the miner sealed none of the {@code floor(N/2)} blocks before this one. It stops one
 * authority from sealing a run of blocks alone: a single key can never outpace the honest majority.
 */
final class RecencyRule implements ParentRule {
    private final Schedule schedule;

    RecencyRule(Schedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void check(Block block, ParentContext parent) {
        Address miner = block.header().miner();
        if (!schedule.maySeal(miner, parent.recentMiners())) {
            throw InvalidBlockException.of(block, BlockReason.SEALED_TOO_RECENTLY,
                    "miner " + miner + " sealed one of the last " + schedule.recencyWindow() + " blocks");
        }
    }
}
