package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class AuthorityRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final AuthorityRule rule = new AuthorityRule(chain.params);

    @Test
    void blockByAnyAuthorityIsAccepted() {
        for (Address authority : chain.params.authorities()) {
            rule.check(chain.block().signer(chain.block().keyOf(authority)).build());
        }
    }

    @Test
    void blockFromNonAuthorityIsRejected() {
        InvalidBlockException e = rejection(() -> rule.check(chain.block().signer(TestChain.funded(0)).build()));

        assertThat(e.reason()).isEqualTo(BlockReason.NOT_AN_AUTHORITY);
    }
}
