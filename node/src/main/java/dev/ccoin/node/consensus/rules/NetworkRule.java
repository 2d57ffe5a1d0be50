package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/** Rule 1: the block was sealed for this chain's network, so a block cannot be replayed across networks. */
final class NetworkRule implements BlockRule {
    private final long networkId;

    NetworkRule(long networkId) {
        this.networkId = networkId;
    }

    @Override
    public void check(Block block) {
        long network = block.header().networkId();
        if (network != networkId) {
            throw InvalidBlockException.of(block, BlockReason.WRONG_NETWORK,
                    "network " + network + ", this chain is " + networkId);
        }
    }
}
