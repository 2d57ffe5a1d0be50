package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FutureTimestampRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final FutureTimestampRule rule = new FutureTimestampRule(ConsensusFixture.CLOCK);
    private final long now = ConsensusFixture.CLOCK.millis();

    @Test
    void timestampFifteenSecondsAheadIsAccepted() {
        rule.check(chain.block().timestamp(now + 15_000).build(), chain.genesisContext());
    }

    @Test
    void timestampMoreThanFifteenSecondsAheadIsDroppedWithoutBlame() {
        InvalidBlockException e = rejection(() ->
                rule.check(chain.block().timestamp(now + 15_001).build(), chain.genesisContext()));

        assertThat(e.reason()).isEqualTo(BlockReason.TIMESTAMP_IN_FUTURE);
        assertThat(e.blamesSender()).isFalse();
    }

    @Test
    void theInjectedClockDecides() {
        Clock later = Clock.offset(ConsensusFixture.CLOCK, Duration.ofSeconds(10));
        Block block = chain.block().timestamp(now + 20_000).build();

        new FutureTimestampRule(later).check(block, chain.genesisContext());
        assertThat(rejection(() -> rule.check(block, chain.genesisContext())).reason())
                .isEqualTo(BlockReason.TIMESTAMP_IN_FUTURE);
    }
}
