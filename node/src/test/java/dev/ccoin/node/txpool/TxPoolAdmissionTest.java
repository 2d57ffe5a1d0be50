package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.Txs.rival;
import static dev.ccoin.node.txpool.Txs.toSelf;
import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Bytes;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TxPoolAdmissionTest {
    private final PoolBuilder builder = new PoolBuilder();
    private final TxPool pool = builder.build();
    private final TestState state = TestState.funded();

    private Admission admit(Transaction tx) {
        return pool.admit(tx, state);
    }

    @Test
    void transactionAtTheAccountNonceIsAcceptedAsExecutable() {
        Admission admission = admit(tx(0, 0));

        assertThat(admission.status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(admission.code()).isEqualTo("ACCEPTED");
        assertThat(pool.pendingCount()).isEqualTo(1);
        assertThat(pool.executable(10)).containsExactly(tx(0, 0));
    }

    @Test
    void transactionAfterANonceGapIsQueued() {
        Admission admission = admit(tx(0, 2));

        assertThat(admission.status()).isEqualTo(Admission.Status.QUEUED);
        assertThat(pool.queuedCount()).isEqualTo(1);
        assertThat(pool.executable(10)).isEmpty();
    }

    @Test
    void theSameTransactionTwiceIsAlreadyKnown() {
        admit(tx(0, 0));

        Admission again = admit(tx(0, 0));

        assertThat(again.reason()).contains(PoolReason.ALREADY_KNOWN);
        assertThat(pool.size()).isEqualTo(1);
    }

    @Test
    void aQueuedTransactionTwiceIsAlreadyKnown() {
        admit(tx(0, 3));

        assertThat(admit(tx(0, 3)).reason()).contains(PoolReason.ALREADY_KNOWN);
    }

    @Test
    void anotherTransactionWithAnExecutableOnesNonceIsRefused() {
        admit(tx(0, 0));

        Admission second = admit(rival(0, 0));

        assertThat(second.reason()).contains(PoolReason.NONCE_TAKEN);
        assertThat(pool.get(tx(0, 0).hash())).contains(tx(0, 0));
        assertThat(pool.contains(rival(0, 0).hash())).isFalse();
    }

    @Test
    void anotherTransactionWithAQueuedOnesNonceIsRefused() {
        admit(tx(0, 3));

        assertThat(admit(rival(0, 3)).reason()).contains(PoolReason.NONCE_TAKEN);
        assertThat(pool.size()).isEqualTo(1);
    }

    @Test
    void nonceBelowTheAccountNonceIsTooLow() {
        Admission admission = pool.admit(tx(0, 2), state.withNonce(0, 3));

        assertThat(admission.reason()).contains(PoolReason.NONCE_TOO_LOW);
        assertThat(admission.isAdmitted()).isFalse();
    }

    @Test
    void nonceMoreThan64PastTheNextIsTooFarInTheFuture() {
        assertThat(admit(tx(0, 64)).status()).isEqualTo(Admission.Status.QUEUED);

        assertThat(admit(tx(0, 65)).reason()).contains(PoolReason.NONCE_TOO_FAR_IN_FUTURE);
    }

    @Test
    void theNonceWindowMovesWithTheExecutableChain() {
        admit(tx(0, 0));
        admit(tx(0, 1));

        assertThat(admit(tx(0, 66)).status()).isEqualTo(Admission.Status.QUEUED);
    }

    @Test
    void aSenderQueuesAtMost64Transactions() {
        for (long nonce = 1; nonce <= 64; nonce++) {
            assertThat(admit(tx(0, nonce)).status()).isEqualTo(Admission.Status.QUEUED);
        }

        assertThat(admit(tx(0, 65)).reason()).contains(PoolReason.NONCE_TOO_FAR_IN_FUTURE);
        assertThat(pool.queuedCount()).isEqualTo(64);
        assertThat(admit(tx(1, 1)).status()).as("another sender has its own queue")
                .isEqualTo(Admission.Status.QUEUED);
    }

    @Test
    void executableTransactionBeyondTheBalanceIsRefused() {
        Admission admission = pool.admit(tx(0, 0, 10), state.with(0, 9, 0));

        assertThat(admission.reason()).contains(PoolReason.INSUFFICIENT_BALANCE);
        assertThat(pool.size()).isZero();
    }

    @Test
    void theBalanceMustCoverTheWholeExecutableChain() {
        TestState fifteen = state.with(0, 15, 0);
        assertThat(pool.admit(tx(0, 0, 10), fifteen).status()).isEqualTo(Admission.Status.ACCEPTED);

        assertThat(pool.admit(tx(0, 1, 10), fifteen).reason()).contains(PoolReason.INSUFFICIENT_BALANCE);
        assertThat(pool.admit(tx(0, 1, 5), fifteen).status()).isEqualTo(Admission.Status.ACCEPTED);
    }

    @Test
    void selfTransfersNeedTheirAmountButSpendNothing() {
        TestState ten = state.with(0, 10, 0);

        assertThat(pool.admit(toSelf(0, 0, 10), ten).status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(pool.admit(toSelf(0, 1, 10), ten).status()).isEqualTo(Admission.Status.ACCEPTED);
        assertThat(pool.admit(toSelf(0, 2, 11), ten).reason()).contains(PoolReason.INSUFFICIENT_BALANCE);
    }

    @Test
    void queuedTransactionsAreNotCheckedAgainstTheBalance() {
        assertThat(pool.admit(tx(0, 1), state.with(0, 0, 0)).status()).isEqualTo(Admission.Status.QUEUED);
    }

    @Test
    void aTransactionThatFillsTheGapPromotesTheQueuedOnes() {
        admit(tx(0, 1));
        admit(tx(0, 2));
        admit(tx(0, 4));

        assertThat(admit(tx(0, 0)).status()).isEqualTo(Admission.Status.ACCEPTED);

        assertThat(pool.executable(10)).containsExactly(tx(0, 0), tx(0, 1), tx(0, 2));
        assertThat(pool.queued()).extracting(PoolEntry::nonce).containsExactly(4L);
    }

    @Test
    void promotionStopsWhereTheBalanceRunsOut() {
        TestState twentyFive = state.with(0, 25, 0);
        pool.admit(tx(0, 1), twentyFive);
        pool.admit(tx(0, 2), twentyFive);

        pool.admit(tx(0, 0), twentyFive);

        assertThat(pool.executable(10)).containsExactly(tx(0, 0), tx(0, 1));
        assertThat(pool.queued()).extracting(PoolEntry::transaction).containsExactly(tx(0, 2));
    }

    static Stream<Arguments> brokenTransactions() {
        return Stream.of(
                broken(TxReason.WRONG_NETWORK, () -> Txs.cached("wrong network",
                        () -> Txs.builder(0).networkId(Txs.PARAMS.networkId() + 1))),
                broken(TxReason.ZERO_AMOUNT, () -> Txs.cached("zero", () -> Txs.builder(0).amount(0))),
                broken(TxReason.DATA_TOO_LARGE, () -> Txs.cached("big", () -> Txs.builder(0)
                        .data(Bytes.of(new byte[Txs.PARAMS.transactions().maxDataBytes() + 1])))),
                broken(TxReason.STAMP_TOO_WEAK, TxPoolAdmissionTest::unstamped),
                broken(TxReason.BAD_SIGNATURE, () -> new Transaction(tx(0, 0).body(), tx(0, 0).workNonce(),
                        tx(0, 1).signature())),
                broken(TxReason.NONCE_OVERFLOW, () -> Txs.cached("max nonce",
                        () -> Txs.builder(0).nonce(Long.MAX_VALUE))));
    }

    private static Arguments broken(TxReason reason, Supplier<Transaction> tx) {
        return Arguments.of(reason, tx);
    }

    private static Transaction unstamped() {
        Transaction good = tx(0, 0);
        long weak = 0;
        while (Hashcash.meets(good.hash(), weak, Txs.PARAMS.transactions().workBits())) {
            weak++;
        }
        return new Transaction(good.body(), weak, good.signature());
    }

    @ParameterizedTest
    @MethodSource("brokenTransactions")
    void aTransactionBreakingARuleIsInvalidWithThatRulesReason(TxReason reason, Supplier<Transaction> broken) {
        Admission admission = admit(broken.get());

        assertThat(admission.reason()).contains(PoolReason.INVALID);
        assertThat(admission.invalidReason()).contains(reason);
        assertThat(admission.code()).isEqualTo(reason.name());
        assertThat(pool.size()).isZero();
    }

    @Test
    void theHookHearsOfAdmittedTransactionsOnly() {
        admit(tx(0, 0));
        admit(tx(0, 0));
        admit(rival(0, 0));
        admit(new Transaction(tx(0, 1).body(), tx(0, 1).workNonce(), tx(0, 2).signature()));

        assertThat(builder.verified).containsExactly(tx(0, 0));
    }

    @Test
    void everyRefusalCarriesAMessage() {
        admit(tx(0, 0));

        assertThat(admit(rival(0, 0)).message()).contains("nonce 0 is taken");
    }
}
