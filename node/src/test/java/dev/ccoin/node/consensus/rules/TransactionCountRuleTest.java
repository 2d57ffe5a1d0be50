package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import org.junit.jupiter.api.Test;

class TransactionCountRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture(ConsensusFixture.withMaxBound(TestChain.params(3), 2));
    private final TransactionCountRule rule = new TransactionCountRule(chain.params.mining().maxBound());

    @Test
    void blockWithMaxBoundTransactionsIsAccepted() {
        rule.check(chain.block().transactions(chain.tx().nonce(0).build(), chain.tx().nonce(1).build()).build());
    }

    @Test
    void blockWithMoreThanMaxBoundTransactionsIsRejected() {
        Block block = chain.block().transactions(
                chain.tx().nonce(0).build(), chain.tx().nonce(1).build(), chain.tx().nonce(2).build()).build();

        assertThat(rejection(() -> rule.check(block)).reason()).isEqualTo(BlockReason.TOO_MANY_TRANSACTIONS);
    }
}
