package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/**
 * Rule 2: the block hash has at least {@code difficulty} leading zero bits. It runs before any signature check:
 * the hash was computed at decoding, so a flood of unworked blocks costs the node nothing, while each RSA
 * verification would cost it real time.
 */
final class ProofOfWorkRule implements BlockRule {
    @Override
    public void check(Block block) {
        int difficulty = block.header().difficulty();
        int bits = block.hash().leadingZeroBits();
        if (bits < difficulty) {
            throw InvalidBlockException.of(block, BlockReason.INSUFFICIENT_WORK,
                    "the hash has " + bits + " leading zero bits, the difficulty is " + difficulty);
        }
    }
}
