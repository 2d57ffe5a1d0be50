package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class DataSizeRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final DataSizeRule rule = new DataSizeRule();

    @Test
    void dataOfExactly256BytesIsAccepted() {
        rule.check(chain.block().data(Bytes.of(new byte[256])).build());
    }

    @Test
    void dataOver256BytesIsRejected() {
        InvalidBlockException e = rejection(() -> rule.check(chain.block().data(Bytes.of(new byte[257])).build()));

        assertThat(e.reason()).isEqualTo(BlockReason.DATA_TOO_LARGE);
    }
}
