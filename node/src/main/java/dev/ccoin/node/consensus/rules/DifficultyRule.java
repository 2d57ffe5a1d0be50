package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;

/**
 * Rule 2: the header claims exactly the chain's difficulty. Without it a miner could claim a lower difficulty and
 * meet it cheaply; a higher one would buy extra fork-choice weight the chain does not grant.
 */
final class DifficultyRule implements BlockRule {
    private final int difficulty;

    DifficultyRule(int difficulty) {
        this.difficulty = difficulty;
    }

    @Override
    public void check(Block block) {
        int claimed = block.header().difficulty();
        if (claimed != difficulty) {
            throw InvalidBlockException.of(block, BlockReason.WRONG_DIFFICULTY,
                    "difficulty " + claimed + ", the chain requires " + difficulty);
        }
    }
}
