package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.Txs.address;
import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class TxPoolQueryTest {
    private final TestState state = TestState.funded();
    private final PoolBuilder builder = new PoolBuilder();
    private final TxPool pool = builder.build();

    @Test
    void pendingNonceIsTheStateNoncePlusTheConsecutiveExecutableTransactions() {
        TestState atThree = state.withNonce(0, 3);
        pool.admit(tx(0, 3), atThree);
        pool.admit(tx(0, 4), atThree);
        pool.admit(tx(0, 6), atThree);

        assertThat(pool.pendingNonce(address(0), atThree)).isEqualTo(5);
        assertThat(pool.pendingNonce(address(1), state.withNonce(1, 7))).isEqualTo(7);
    }

    @Test
    void aPooledTransactionCanBeFoundByItsHash() {
        pool.admit(tx(0, 0), state);

        assertThat(pool.contains(tx(0, 0).hash())).isTrue();
        assertThat(pool.get(tx(0, 0).hash())).contains(tx(0, 0));
        assertThat(pool.get(tx(0, 1).hash())).isEmpty();
        assertThat(pool.contains(tx(0, 1).hash())).isFalse();
    }

    @Test
    void snapshotsListPendingAndQueuedEntriesWithTheirArrivalTimes() {
        long start = builder.clock.millis();
        pool.admit(tx(1, 0), state);
        builder.clock.advance(5);
        pool.admit(tx(0, 0), state);
        builder.clock.advance(5);
        pool.admit(tx(0, 2), state);

        assertThat(pool.pending()).extracting(PoolEntry::sender, PoolEntry::nonce, PoolEntry::arrivedAt)
                .containsExactlyInAnyOrder(
                        tuple(address(1), 0L, start),
                        tuple(address(0), 0L, start + 5));
        assertThat(pool.queued()).singleElement().satisfies(entry -> {
            assertThat(entry.hash()).isEqualTo(tx(0, 2).hash());
            assertThat(entry.arrivedAt()).isEqualTo(start + 10);
        });
        assertThat(pool.entry(tx(0, 2).hash())).map(PoolEntry::arrivedAt).contains(start + 10);
    }

    @Test
    void snapshotsAreSortedBySenderThenNonce() {
        pool.admit(tx(1, 1), state);
        pool.admit(tx(0, 0), state);
        pool.admit(tx(1, 0), state);
        pool.admit(tx(0, 1), state);

        assertThat(pool.pending()).hasSize(4)
                .isSortedAccordingTo(Comparator.comparing(PoolEntry::sender).thenComparingLong(PoolEntry::nonce));
    }

    @Test
    void theCountsAddUp() {
        pool.admit(tx(0, 0), state);
        pool.admit(tx(0, 1), state);
        pool.admit(tx(1, 4), state);

        assertThat(pool.pendingCount()).isEqualTo(2);
        assertThat(pool.queuedCount()).isEqualTo(1);
        assertThat(pool.size()).isEqualTo(3);
    }
}
