package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/**
 * Rule 3: the miner key is the header's miner's key. Without it anyone could name an authority as miner and sign
 * with a key of their own.
 */
final class MinerKeyRule implements BlockRule {
    @Override
    public void check(Block block) {
        Address keyAddress = RsaKeys.address(block.minerKey());
        Address miner = block.header().miner();
        if (!keyAddress.equals(miner)) {
            throw InvalidBlockException.of(block, BlockReason.MINER_KEY_MISMATCH,
                    "the miner key is " + keyAddress + "'s, the header names " + miner);
        }
    }
}
