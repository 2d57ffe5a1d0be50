package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class ProofOfWorkRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final ProofOfWorkRule rule = new ProofOfWorkRule();

    @Test
    void hashMeetingTheDifficultyIsAccepted() {
        rule.check(chain.block().build());
    }

    @Test
    void hashBelowTheDifficultyIsRejected() {
        Block block = chain.block().insufficientWork().build();

        InvalidBlockException e = rejection(() -> rule.check(block));

        assertThat(block.hash().leadingZeroBits()).isLessThan(block.header().difficulty());
        assertThat(e.reason()).isEqualTo(BlockReason.INSUFFICIENT_WORK);
    }
}
