package dev.ccoin.node.consensus.rules;

import static dev.ccoin.node.consensus.ConsensusFixture.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.ConsensusFixture;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.ParentContext;
import dev.ccoin.node.consensus.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecencyRuleTest {
    @Test
    void withThreeAuthoritiesTheMinerOfTheParentMayNotSealAgain() {
        ConsensusFixture chain = new ConsensusFixture(TestChain.params(3));
        RecencyRule rule = new RecencyRule(new Schedule(chain.params));
        Block block = chain.block().build();
        Address miner = block.header().miner();
        Address other = otherThan(chain, miner);

        InvalidBlockException e = rejection(() -> rule.check(block, context(chain, List.of(Address.ZERO, miner))));

        assertThat(e.reason()).isEqualTo(BlockReason.SEALED_TOO_RECENTLY);
        rule.check(block, context(chain, List.of(miner, other)));
    }

    @Test
    void withFiveAuthoritiesTheMinerOfEitherOfTheLastTwoBlocksMayNotSeal() {
        ConsensusFixture chain = new ConsensusFixture(TestChain.params(5));
        RecencyRule rule = new RecencyRule(new Schedule(chain.params));
        Block block = chain.block().build();
        Address miner = block.header().miner();
        Address other = otherThan(chain, miner);

        assertThat(rejection(() -> rule.check(block, context(chain, List.of(miner, other)))).reason())
                .isEqualTo(BlockReason.SEALED_TOO_RECENTLY);
        rule.check(block, context(chain, List.of(miner, other, other)));
    }

    @Test
    void aSingleAuthorityMaySealEveryBlock() {
        ConsensusFixture chain = new ConsensusFixture(TestChain.params(1));
        Block block = chain.block().build();

        new RecencyRule(new Schedule(chain.params))
                .check(block, context(chain, List.of(block.header().miner(), block.header().miner())));
    }

    private static ParentContext context(ConsensusFixture chain, List<Address> recentMiners) {
        return ParentContext.of(chain.genesis, recentMiners);
    }

    private static Address otherThan(ConsensusFixture chain, Address miner) {
        return chain.params.authorities().stream().filter(a -> !a.equals(miner)).findFirst().orElseThrow();
    }
}
