package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class BlockSizeRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final Block block = chain.block().transactions(chain.tx().build()).build();
    private final int size = block.encode().length;

    @Test
    void blockOfExactlyMaxBlockBytesIsAccepted() {
        new BlockSizeRule(size).check(block);
    }

    @Test
    void blockOverMaxBlockBytesIsRejected() {
        InvalidBlockException e = rejection(() -> new BlockSizeRule(size - 1).check(block));

        assertThat(e.reason()).isEqualTo(BlockReason.BLOCK_TOO_LARGE);
        assertThat(e.getMessage()).contains(size + " bytes");
    }

    @Test
    void validatorTakesTheLimitFromTheChainParameters() {
        ConsensusFixture small = new ConsensusFixture(ConsensusFixture.withMaxBlockBytes(chain.params, 1_000));
        Block withTransaction = small.block().transactions(small.tx().build()).build();

        assertThat(rejection(() -> small.validator().checkHeader(withTransaction)).reason())
                .isEqualTo(BlockReason.BLOCK_TOO_LARGE);
        small.validator().checkHeader(small.block().build());
    }
}
