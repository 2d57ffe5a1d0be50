package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import org.junit.jupiter.api.Test;

class SignatureRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final SignatureRule rule = new SignatureRule();

    @Test
    void minersSignatureOverTheSealHashIsAccepted() {
        rule.check(chain.block().build());
    }

    @Test
    void signatureOverAnotherHashIsRejected() {
        Bytes elsewhere = Pss.sign(chain.block().inTurnKey().getPrivate(), Hash32.ZERO);

        assertThat(rejection(() -> rule.check(chain.block().signature(elsewhere).build())).reason())
                .isEqualTo(BlockReason.BAD_SIGNATURE);
    }

    @Test
    void signatureOfAnotherBlockIsRejected() {
        // A valid signature lifted from a sibling block does not cover this header.
        Block sibling = chain.block().data(Bytes.utf8("sibling")).build();

        assertThat(rejection(() -> rule.check(chain.block().signature(sibling.signature()).build())).reason())
                .isEqualTo(BlockReason.BAD_SIGNATURE);
    }

    @Test
    void garbageSignatureIsRejected() {
        assertThat(rejection(() -> rule.check(chain.block().signature(Bytes.of(new byte[7])).build())).reason())
                .isEqualTo(BlockReason.BAD_SIGNATURE);
    }

    @Test
    void minerKeyThatIsNoKeyIsRejected() {
        assertThat(rejection(() -> rule.check(chain.block().minerKey(Bytes.utf8("not a key")).build())).reason())
                .isEqualTo(BlockReason.BAD_SIGNATURE);
    }
}
