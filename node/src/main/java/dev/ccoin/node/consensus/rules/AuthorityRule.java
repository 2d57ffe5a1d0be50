package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/** Rule 3: only the chain's authorities seal blocks. */
final class AuthorityRule implements BlockRule {
    private final ChainParams params;

    AuthorityRule(ChainParams params) {
        this.params = params;
    }

    @Override
    public void check(Block block) {
        Address miner = block.header().miner();
        if (!params.isAuthority(miner)) {
            throw InvalidBlockException.of(block, BlockReason.NOT_AN_AUTHORITY,
                    "miner " + miner + " is not an authority");
        }
    }
}
