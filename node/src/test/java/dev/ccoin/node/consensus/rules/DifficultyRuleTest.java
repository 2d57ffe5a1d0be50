package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class DifficultyRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final DifficultyRule rule = new DifficultyRule(chain.params.mining().difficulty());

    @Test
    void blockAtTheChainsDifficultyIsAccepted() {
        rule.check(chain.block().build());
    }

    @Test
    void blockBelowTheDifficultyIsRejected() {
        // Its proof of work meets the difficulty it claims: the claim itself is what is wrong.
        InvalidBlockException e = rejection(() -> rule.check(chain.block().difficulty(3).build()));

        assertThat(e.reason()).isEqualTo(BlockReason.WRONG_DIFFICULTY);
        assertThat(e.getMessage()).contains("difficulty 3, the chain requires 4");
    }

    @Test
    void blockAboveTheDifficultyIsRejected() {
        assertThat(rejection(() -> rule.check(chain.block().difficulty(5).build())).reason())
                .isEqualTo(BlockReason.WRONG_DIFFICULTY);
    }
}
