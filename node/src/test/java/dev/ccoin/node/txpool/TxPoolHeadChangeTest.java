package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.TestBlocks.block;
import static dev.ccoin.node.txpool.TestBlocks.change;
import static dev.ccoin.node.txpool.TestBlocks.extend;
import static dev.ccoin.node.txpool.Txs.address;
import static dev.ccoin.node.txpool.Txs.rival;
import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TxPoolHeadChangeTest {
    private final TestState genesis = TestState.funded();
    private final PoolBuilder builder = new PoolBuilder();
    private final TxPool pool = builder.build();

    private void admit(TestState state, Transaction... txs) {
        for (Transaction tx : txs) {
            assertThat(pool.admit(tx, state).isAdmitted()).as("admits %s", tx).isTrue();
        }
    }

    @Test
    void includedTransactionsLeaveThePool() {
        admit(genesis, tx(0, 0), tx(0, 1), tx(1, 0));
        TestState after = genesis.with(0, TestState.FUNDS - 10, 1).with(1, TestState.FUNDS - 10, 1);

        pool.onHeadChange(extend(block(1, "a", tx(0, 0), tx(1, 0))), after);

        assertThat(pool.contains(tx(0, 0).hash())).isFalse();
        assertThat(pool.contains(tx(1, 0).hash())).isFalse();
        assertThat(pool.executable(10)).containsExactly(tx(0, 1));
        assertThat(pool.pendingNonce(address(0), after)).isEqualTo(2);
    }

    @Test
    void aTransactionWhoseNonceAnotherBlockUsedIsDropped() {
        admit(genesis, tx(0, 0), tx(0, 3));

        pool.onHeadChange(extend(block(1, "a", rival(0, 0))), genesis.withNonce(0, 1));

        assertThat(pool.contains(tx(0, 0).hash())).isFalse();
        assertThat(pool.queued()).extracting(PoolEntry::transaction).containsExactly(tx(0, 3));
    }

    @Test
    void queuedTransactionsBecomeExecutableWhenTheStateCatchesUp() {
        admit(genesis, tx(0, 1), tx(0, 2));

        pool.onHeadChange(extend(block(1, "a", rival(0, 0))), genesis.withNonce(0, 1));

        assertThat(pool.executable(10)).containsExactly(tx(0, 1), tx(0, 2));
        assertThat(pool.queuedCount()).isZero();
    }

    @Test
    void executableTransactionsTheBalanceNoLongerCoversAreDemoted() {
        admit(genesis, tx(0, 0), tx(0, 1), tx(0, 2));
        Block paidSenderZero = block(1, "a", tx(3, 0));

        pool.onHeadChange(change(List.of(paidSenderZero), List.of(block(1, "b"))), genesis.with(0, 15, 0));

        assertThat(pool.executable(10)).containsExactly(tx(0, 0), tx(3, 0));
        assertThat(pool.queued()).extracting(PoolEntry::transaction).containsExactly(tx(0, 1), tx(0, 2));
    }

    @Test
    void demotionKeepsTheLowest64QueuedNonces() {
        LongStream.range(0, 10).forEach(nonce -> admit(genesis, tx(0, nonce)));
        LongStream.rangeClosed(11, 74).forEach(nonce -> admit(genesis, tx(0, nonce)));
        assertThat(pool.queuedCount()).isEqualTo(64);

        pool.onHeadChange(extend(block(1, "a")), genesis.with(0, 0, 0));

        assertThat(pool.pendingCount()).isZero();
        assertThat(pool.queued()).extracting(PoolEntry::nonce).hasSize(64)
                .contains(0L, 9L, 11L, 64L).doesNotContain(65L, 74L);
        assertThat(pool.contains(tx(0, 65).hash())).isFalse();
    }

    @Test
    void aReorgReturnsAbandonedTransactionsThatStillApply() {
        admit(genesis, tx(0, 0), tx(1, 0));
        Block abandoned = block(1, "a", tx(0, 0), tx(1, 0));
        TestState onAbandoned = genesis.with(0, TestState.FUNDS - 10, 1).with(1, TestState.FUNDS - 10, 1);
        pool.onHeadChange(extend(abandoned), onAbandoned);
        admit(onAbandoned, tx(0, 1));
        assertThat(pool.size()).isEqualTo(1);

        pool.onHeadChange(change(List.of(abandoned), List.of(block(1, "b", rival(1, 0)))),
                genesis.withNonce(1, 1));

        assertThat(pool.executable(10)).containsExactly(tx(0, 0), tx(0, 1));
        assertThat(pool.contains(tx(1, 0).hash())).as("its nonce was used on the new branch").isFalse();
        assertThat(pool.contains(rival(1, 0).hash())).isFalse();
    }

    @Test
    void abandonedTransactionsOfSeveralBlocksComeBackInChainOrder() {
        Block first = block(1, "a", tx(1, 0), tx(0, 0));
        Block second = block(2, "a", tx(2, 0), tx(0, 1));

        pool.onHeadChange(change(List.of(second, first), List.of(block(1, "b"))), genesis);

        assertThat(pool.executable(10)).containsExactly(tx(1, 0), tx(0, 0), tx(2, 0), tx(0, 1));
    }

    @Test
    void aTransactionOnBothBranchesDoesNotComeBack() {
        Block abandoned = block(1, "a", tx(0, 0));

        pool.onHeadChange(change(List.of(abandoned), List.of(block(1, "b", tx(0, 0)))), genesis.withNonce(0, 1));

        assertThat(pool.size()).isZero();
    }

    @Test
    void returnedTransactionsStayOutOfAPoolFullOfExecutableOnes() {
        PoolBuilder small = new PoolBuilder().capacity(1);
        TxPool full = small.build();
        full.admit(tx(1, 0), genesis);

        full.onHeadChange(change(List.of(block(1, "a", tx(0, 0))), List.of(block(1, "b"))), genesis);

        assertThat(full.contains(tx(0, 0).hash())).isFalse();
        assertThat(full.executable(10)).containsExactly(tx(1, 0));
    }

    @Test
    void anAbandonedTransactionThatNoLongerAppliesEvictsNothing() {
        TxPool full = new PoolBuilder().capacity(1).build();
        full.admit(tx(1, 5), genesis);

        full.onHeadChange(change(List.of(block(1, "a", tx(0, 0))), List.of(block(1, "b", rival(0, 0)))),
                genesis.withNonce(0, 1));

        assertThat(full.queued()).extracting(PoolEntry::transaction).containsExactly(tx(1, 5));
    }

    @Test
    void anAdmissionAgainstANewerHeadCountsOnlyTheTransactionsStillToRun() {
        TestState twentyFive = genesis.with(0, 25, 0);
        admit(twentyFive, tx(0, 0), tx(0, 1));
        TestState afterTheFirst = genesis.with(0, 15, 1);

        assertThat(pool.admit(tx(0, 2, 5), afterTheFirst).status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(pool.admit(tx(0, 3, 1), afterTheFirst).reason()).contains(PoolReason.INSUFFICIENT_BALANCE);
    }

    @Test
    void theHookIsNotToldOfReturnedTransactions() {
        pool.onHeadChange(change(List.of(block(1, "a", tx(0, 0))), List.of(block(1, "b"))), genesis);

        assertThat(pool.contains(tx(0, 0).hash())).isTrue();
        assertThat(builder.verified).isEmpty();
    }
}
