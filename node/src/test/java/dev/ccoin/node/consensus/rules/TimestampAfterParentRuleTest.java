package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import org.junit.jupiter.api.Test;

class TimestampAfterParentRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final TimestampAfterParentRule rule = new TimestampAfterParentRule();
    private final long parentTime = chain.genesis.header().timestamp();

    @Test
    void oneMillisecondAfterTheParentIsAccepted() {
        rule.check(chain.block().timestamp(parentTime + 1).build(), chain.genesisContext());
    }

    @Test
    void timestampEqualToTheParentsIsRejected() {
        InvalidBlockException e = rejection(() ->
                rule.check(chain.block().timestamp(parentTime).build(), chain.genesisContext()));

        assertThat(e.reason()).isEqualTo(BlockReason.TIMESTAMP_NOT_AFTER_PARENT);
        assertThat(e.blamesSender()).isTrue();
    }

    @Test
    void timestampBeforeTheParentsIsRejected() {
        assertThat(rejection(() -> rule.check(chain.block().timestamp(parentTime - 1).build(),
                chain.genesisContext())).reason()).isEqualTo(BlockReason.TIMESTAMP_NOT_AFTER_PARENT);
    }
}
