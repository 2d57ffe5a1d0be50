package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.TestBlocks.block;
import static dev.ccoin.node.txpool.TestBlocks.change;
import static dev.ccoin.node.txpool.TestBlocks.extend;
import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The balance rule of protocol §7 as admission sees it, through every change to a sender's executable chain: the
 * balance left is the account's balance less what its executable transactions spend, whichever way they came or went.
 */
class TxPoolBalanceTest {
    /** Sender 0 holds 100 coins at nonce 0. */
    private final TestState hundred = TestState.funded().with(0, 100, 0);
    private final PoolBuilder builder = new PoolBuilder().capacity(4);
    private final TxPool pool = builder.build();

    private String admit(Transaction tx, TestState state) {
        String code = pool.admit(tx, state).code();
        builder.clock.advance(1);
        return code;
    }

    @Test
    void admissionsSpendTheBalanceInTurn() {
        assertThat(admit(tx(0, 0, 40), hundred)).isEqualTo("ACCEPTED");
        assertThat(admit(tx(0, 1, 40), hundred)).isEqualTo("ACCEPTED");

        assertThat(admit(tx(0, 2, 30), hundred)).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(admit(tx(0, 2, 20), hundred)).isEqualTo("ACCEPTED");
    }

    @Test
    void anIncludedTransactionIsPaidFromTheNewStateOnce() {
        admit(tx(0, 0, 40), hundred);
        admit(tx(0, 1, 40), hundred);
        TestState after = hundred.with(0, 60, 1);

        pool.onHeadChange(extend(block(1, "a", tx(0, 0, 40))), after);

        assertThat(admit(tx(0, 2, 30), after)).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(admit(tx(0, 2, 20), after)).isEqualTo("ACCEPTED");
    }

    @Test
    void anAdmissionAgainstAStateNewerThanThePoolsCountsOnlyWhatItHasNotIncluded() {
        admit(tx(0, 0, 40), hundred);
        admit(tx(0, 1, 40), hundred);

        assertThat(admit(tx(0, 2, 30), hundred.with(0, 60, 1))).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(admit(tx(0, 2, 20), hundred.with(0, 60, 1))).isEqualTo("ACCEPTED");
        assertThat(admit(tx(0, 3, 1), hundred)).as("the older state still counts the first transfer")
                .isEqualTo("INSUFFICIENT_BALANCE");
    }

    @Test
    void evictingAQueuedTransactionLeavesTheBalanceAlone() {
        admit(tx(0, 0, 40), hundred);
        admit(tx(0, 2, 10), hundred);
        admit(tx(1, 0), hundred);
        admit(tx(1, 1), hundred);

        assertThat(admit(tx(2, 0), hundred)).isEqualTo("ACCEPTED");
        assertThat(pool.contains(tx(0, 2, 10).hash())).as("evicted").isFalse();

        assertThat(admit(tx(0, 1, 61), hundred)).isEqualTo("INSUFFICIENT_BALANCE");
    }

    @Test
    void transactionsAReorgBringsBackSpendTheBalanceAgain() {
        Block abandoned = block(1, "a", tx(0, 0, 40));
        TestState onA = hundred.with(0, 60, 1);
        pool.onHeadChange(extend(abandoned), onA);
        assertThat(admit(tx(0, 1, 60), onA)).isEqualTo("ACCEPTED");

        pool.onHeadChange(change(List.of(abandoned), List.of(block(1, "b"))), hundred);

        assertThat(pool.executable(10)).containsExactly(tx(0, 0, 40), tx(0, 1, 60));
        assertThat(admit(tx(0, 2, 1), hundred)).isEqualTo("INSUFFICIENT_BALANCE");
    }
}
