package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.TestBlocks.block;
import static dev.ccoin.node.txpool.TestBlocks.extend;
import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import org.junit.jupiter.api.Test;

/**
 * An admission that read its sender's account just before a block included the sender's earlier transactions, and
 * that reaches the pool just after the pool followed that block.
 */
class TxPoolHeadRaceTest {
    private final TestState before = TestState.funded();
    private final TestState after = before.with(0, TestState.FUNDS - 10, 1);
    private final TxPool pool = new PoolBuilder().build();

    /**
     * The node's live head view, read once just before the head moves: it answers the old account, and by the time
     * the admission goes on, the chain has moved and the pool has followed; later reads see the new head.
     */
    private final class HeadMovingUnderfoot implements StateView {
        private boolean moved;

        @Override
        public Account account(Address address) {
            if (moved) {
                return after.account(address);
            }
            Account old = before.account(address);
            moved = true;
            pool.onHeadChange(extend(block(1, "a", tx(0, 0))), after);
            return old;
        }
    }

    @Test
    void theNextNonceStaysExecutableWhenTheHeadMovesDuringItsAdmission() {
        assertThat(pool.admit(tx(0, 0), before).status()).isEqualTo(Admission.Status.ACCEPTED);

        Admission admission = pool.admit(tx(0, 1), new HeadMovingUnderfoot());

        assertThat(admission.status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(pool.executable(10)).containsExactly(tx(0, 1));
        assertThat(pool.queuedCount()).isZero();
        assertThat(pool.admit(tx(0, 2), after).status()).isEqualTo(Admission.Status.ACCEPTED);
    }
}
