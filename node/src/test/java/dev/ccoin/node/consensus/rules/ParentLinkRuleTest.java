package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParentLinkRuleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final ParentLinkRule rule = new ParentLinkRule();

    @Test
    void blockOnItsParentIsAccepted() {
        rule.check(chain.block().build(), chain.genesisContext());
    }

    @Test
    void blockOnAnotherParentIsAnOrphanNotHeldAgainstItsSender() {
        Block one = chain.block().build();
        Block two = chain.blockOn(one).build();

        InvalidBlockException e = rejection(() -> rule.check(two, chain.genesisContext()));

        assertThat(e.reason()).isEqualTo(BlockReason.UNKNOWN_PARENT);
        assertThat(e.blamesSender()).isFalse();
        rule.check(two, ParentContext.of(one, List.of()));
    }
}
