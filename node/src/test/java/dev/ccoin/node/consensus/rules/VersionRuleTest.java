package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import org.junit.jupiter.api.Test;

class VersionRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final VersionRule rule = new VersionRule();

    @Test
    void versionOneIsAccepted() {
        rule.check(chain.block().build());
    }

    @Test
    void anyOtherVersionIsRejected() {
        assertThat(rejection(() -> rule.check(chain.block().version(2).build())).reason())
                .isEqualTo(BlockReason.WRONG_VERSION);
        assertThat(rejection(() -> rule.check(chain.block().version(0).build())).reason())
                .isEqualTo(BlockReason.WRONG_VERSION);
    }
}
