package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class HeightRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final HeightRule rule = new HeightRule();

    @Test
    void heightOneAboveTheParentIsAccepted() {
        rule.check(chain.block().build(), chain.genesisContext());
    }

    @Test
    void blockSkippingAHeightIsRejected() {
        InvalidBlockException e = rejection(() -> rule.check(chain.block().height(2).build(), chain.genesisContext()));

        assertThat(e.reason()).isEqualTo(BlockReason.WRONG_HEIGHT);
        assertThat(e.height()).isEqualTo(2);
    }

    @Test
    void blockAtTheParentsHeightIsRejected() {
        assertThat(rejection(() -> rule.check(chain.block().height(0).build(), chain.genesisContext())).reason())
                .isEqualTo(BlockReason.WRONG_HEIGHT);
    }
}
