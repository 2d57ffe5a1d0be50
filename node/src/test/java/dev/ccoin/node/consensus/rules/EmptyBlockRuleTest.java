package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class EmptyBlockRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();

    @Test
    void emptyBlockIsAcceptedWhenTheChainAllowsIt() {
        new EmptyBlockRule(true).check(chain.block().build());
    }

    @Test
    void emptyBlockIsRejectedWhenTheChainDoesNotAllowIt() {
        InvalidBlockException e = rejection(() -> new EmptyBlockRule(false).check(chain.block().build()));

        assertThat(e.reason()).isEqualTo(BlockReason.EMPTY_BLOCK);
    }

    @Test
    void blockWithATransactionIsAcceptedEitherWay() {
        new EmptyBlockRule(false).check(chain.block().transactions(chain.tx().build()).build());
    }

    @Test
    void validatorTakesTheSettingFromTheChainParameters() {
        ConsensusFixture strict = new ConsensusFixture(ConsensusFixture.withAllowEmpty(TestChain.params(3), false));

        assertThat(rejection(() -> strict.validator().execute(strict.block().build(),
                strict.genesis.header().stateRoot(), strict.store)).reason()).isEqualTo(BlockReason.EMPTY_BLOCK);
    }
}
