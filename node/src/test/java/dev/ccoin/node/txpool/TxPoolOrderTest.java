package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.tx.Transaction;
import org.junit.jupiter.api.Test;

class TxPoolOrderTest {
    private final TestState state = TestState.funded();
    private final PoolBuilder builder = new PoolBuilder();
    private final TxPool pool = builder.build();

    private void admitInOrder(Transaction... txs) {
        for (Transaction tx : txs) {
            assertThat(pool.admit(tx, state).isAdmitted()).as("admits %s", tx).isTrue();
            builder.clock.advance(1);
        }
    }

    @Test
    void eachSendersTransactionsComeInNonceOrder() {
        admitInOrder(tx(0, 2), tx(0, 1), tx(0, 0));

        assertThat(pool.executable(10)).containsExactly(tx(0, 0), tx(0, 1), tx(0, 2));
    }

    @Test
    void sendersTakeTurnsByTheArrivalOfTheirNextTransaction() {
        admitInOrder(tx(0, 0), tx(1, 0), tx(0, 1), tx(2, 0), tx(1, 1), tx(0, 2));

        assertThat(pool.executable(10))
                .containsExactly(tx(0, 0), tx(1, 0), tx(0, 1), tx(2, 0), tx(1, 1), tx(0, 2));
    }

    @Test
    void aSenderWaitsForItsNextNonceEvenIfALaterOneArrivedFirst() {
        admitInOrder(tx(0, 1), tx(1, 0), tx(0, 0), tx(2, 0));

        assertThat(pool.executable(10)).containsExactly(tx(1, 0), tx(0, 0), tx(0, 1), tx(2, 0));
    }

    @Test
    void executableTakesAtMostMax() {
        admitInOrder(tx(0, 0), tx(1, 0), tx(0, 1));

        assertThat(pool.executable(2)).containsExactly(tx(0, 0), tx(1, 0));
        assertThat(pool.executable(0)).isEmpty();
        assertThatThrownBy(() -> pool.executable(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queuedTransactionsAreNotOffered() {
        admitInOrder(tx(0, 0), tx(0, 2), tx(1, 3));

        assertThat(pool.executable(10)).containsExactly(tx(0, 0));
    }
}
