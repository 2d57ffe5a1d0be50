package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class MinerKeyRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final MinerKeyRule rule = new MinerKeyRule();
    private final Address other = chain.params.authorities().stream()
            .filter(a -> !a.equals(chain.params.inTurnAuthority(1))).findFirst().orElseThrow();

    @Test
    void keyOfTheHeadersMinerIsAccepted() {
        rule.check(chain.block().build());
    }

    @Test
    void blockNamingAnotherAuthorityAsMinerIsRejected() {
        // Signed, and keyed, by the in-turn authority, but claiming to be another one.
        InvalidBlockException e = rejection(() -> rule.check(chain.block().miner(other).build()));

        assertThat(e.reason()).isEqualTo(BlockReason.MINER_KEY_MISMATCH);
    }

    @Test
    void blockCarryingAnotherAuthoritysKeyIsRejected() {
        Bytes otherKey = RsaKeys.encode(chain.block().keyOf(other).getPublic());

        assertThat(rejection(() -> rule.check(chain.block().minerKey(otherKey).build())).reason())
                .isEqualTo(BlockReason.MINER_KEY_MISMATCH);
    }
}
