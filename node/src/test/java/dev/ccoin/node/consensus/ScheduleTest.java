package dev.ccoin.node.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private final ConsensusFixture chain = new ConsensusFixture();
    private final ChainParams params = chain.params;
    private final Schedule schedule = new Schedule(params);

    @Test
    void blockHIsInTurnForTheAuthorityAtHModN() {
        assertThat(schedule.inTurn(1)).isEqualTo(params.authorities().get(1));
        assertThat(schedule.inTurn(3)).isEqualTo(params.authorities().get(0));
        assertThat(params.authorities()).isSorted();
    }

    @Test
    void inTurnBlockWeighsDouble() {
        Block inTurn = chain.block().build();
        Address other = params.authorities().get(2);
        Block outOfTurn = chain.block().signer(chain.block().keyOf(other)).build();
        BigInteger base = BigInteger.ONE.shiftLeft(params.mining().difficulty());

        assertThat(schedule.work(inTurn.header())).isEqualTo(base.shiftLeft(1));
        assertThat(schedule.work(outOfTurn.header())).isEqualTo(base);
        assertThat(schedule.work(chain.genesis.header())).isEqualTo(BigInteger.ONE.shiftLeft(4));
    }

    @Test
    void recencyWindowIsHalfTheAuthoritiesRoundedDown() {
        assertThat(new Schedule(TestChain.params(1)).recencyWindow()).isZero();
        assertThat(new Schedule(TestChain.params(3)).recencyWindow()).isEqualTo(1);
        assertThat(new Schedule(TestChain.params(4)).recencyWindow()).isEqualTo(2);
    }
}
