package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.tx.Transaction;
import org.junit.jupiter.api.Test;

class TxPoolCapacityTest {
    private final TestState state = TestState.funded();
    private final PoolBuilder builder = new PoolBuilder().capacity(3);
    private final TxPool pool = builder.build();

    private Admission admit(Transaction tx) {
        Admission admission = pool.admit(tx, state);
        builder.clock.advance(1);
        return admission;
    }

    @Test
    void aFullPoolEvictsItsOldestQueuedTransactionsFirst() {
        admit(tx(0, 5));
        admit(tx(1, 5));
        admit(tx(2, 0));

        assertThat(admit(tx(3, 0)).status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(pool.contains(tx(0, 5).hash())).isFalse();
        assertThat(pool.contains(tx(1, 5).hash())).isTrue();

        assertThat(admit(tx(3, 1)).status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(pool.contains(tx(1, 5).hash())).isFalse();
        assertThat(pool.size()).isEqualTo(3);
    }

    @Test
    void aPoolFullOfExecutableTransactionsRefusesWithPoolFull() {
        admit(tx(0, 0));
        admit(tx(1, 0));
        admit(tx(2, 0));

        assertThat(admit(tx(3, 0)).reason()).contains(PoolReason.POOL_FULL);
        assertThat(admit(tx(3, 1)).reason()).as("a queued one cannot push out executable ones either")
                .contains(PoolReason.POOL_FULL);
        assertThat(builder.verified).doesNotContain(tx(3, 0), tx(3, 1));
    }

    @Test
    void evictionFollowsArrivalNotNonce() {
        admit(tx(0, 5));
        admit(tx(0, 3));
        admit(tx(1, 0));

        admit(tx(2, 0));

        assertThat(pool.queued()).extracting(PoolEntry::transaction).containsExactly(tx(0, 3));
    }

    @Test
    void aNewQueuedTransactionMayEvictAnOlderQueuedOne() {
        admit(tx(0, 5));
        admit(tx(1, 0));
        admit(tx(2, 0));

        assertThat(admit(tx(3, 5)).status()).isEqualTo(Admission.Status.QUEUED);

        assertThat(pool.contains(tx(0, 5).hash())).isFalse();
        assertThat(pool.queuedCount()).isEqualTo(1);
        assertThat(pool.pendingCount()).isEqualTo(2);
    }
}
