package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class NetworkRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final NetworkRule rule = new NetworkRule(chain.params.networkId());

    @Test
    void blockOfThisNetworkIsAccepted() {
        rule.check(chain.block().build());
    }

    @Test
    void blockSealedForAnotherNetworkIsRejected() {
        InvalidBlockException e = rejection(() -> rule.check(chain.block().networkId(99).build()));

        assertThat(e.reason()).isEqualTo(BlockReason.WRONG_NETWORK);
        assertThat(e.getMessage()).contains("network 99");
    }
}
