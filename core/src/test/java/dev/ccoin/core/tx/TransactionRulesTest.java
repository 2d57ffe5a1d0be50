package dev.ccoin.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TransactionRulesTest {
    private final ChainParams params = TestChain.params(1, 4, 10);
    private final TransactionRules rules = new TransactionRules(params);
    private final Address alice = TestChain.address(TestChain.funded(0));
    private final Address bob = TestChain.address(TestChain.funded(1));
    private final Map<Address, Account> accounts = new HashMap<>(params.alloc());
    private final StateOverlay state = new StateOverlay(a -> accounts.getOrDefault(a, Account.EMPTY));

    private TxBuilder tx() {
        return new TxBuilder(params);
    }

    private static void assertReason(ThrowingCallable call, TxReason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidTransactionException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void validTransactionPassesAndMovesTheAmount() {
        rules.checkStateless(tx().build());
        rules.apply(tx().amount(25).build(), state);

        assertThat(state.account(alice)).isEqualTo(new Account(TestChain.FUNDS - 25, 1));
        assertThat(state.account(bob)).isEqualTo(new Account(TestChain.FUNDS + 25, 0));
    }

    @Test
    void selfTransferOnlyBumpsTheNonce() {
        rules.apply(tx().to(alice).amount(25).build(), state);

        assertThat(state.account(alice)).isEqualTo(new Account(TestChain.FUNDS, 1));
    }

    @Test
    void transactionForAnotherNetworkIsRejected() {
        assertReason(() -> rules.checkStateless(tx().networkId(99).build()), TxReason.WRONG_NETWORK);
    }

    @Test
    void dataOverTheLimitIsRejected() {
        Bytes tooLong = Bytes.of(new byte[params.transactions().maxDataBytes() + 1]);
        assertReason(() -> rules.checkStateless(tx().data(tooLong).build()), TxReason.DATA_TOO_LARGE);
    }

    @Test
    void zeroAmountIsRejected() {
        assertReason(() -> rules.checkStateless(tx().amount(0).build()), TxReason.ZERO_AMOUNT);
    }

    @Test
    void weakStampIsRejected() {
        Transaction good = tx().build();
        long weak = 0;
        while (Hashcash.meets(good.hash(), weak, params.transactions().workBits())) {
            weak++;
        }
        Transaction unstamped = new Transaction(good.body(), weak, good.signature());

        assertReason(() -> rules.checkStateless(unstamped), TxReason.STAMP_TOO_WEAK);
    }

    @Test
    void signatureByAnotherKeyIsRejected() {
        Transaction good = tx().build();
        Bytes forged = Pss.sign(TestKeys.get(5).getPrivate(), good.hash());

        assertReason(() -> rules.checkStateless(new Transaction(good.body(), good.workNonce(), forged)),
                TxReason.BAD_SIGNATURE);
    }

    @Test
    void senderKeyThatIsNotAKeyIsRejected() {
        Transaction good = tx().build();
        UnsignedTransaction body = UnsignedTransaction.builder()
                .networkId(good.networkId())
                .to(bob)
                .amount(10)
                .timestamp(1)
                .senderKey(Bytes.of(new byte[] {1, 2, 3}))
                .build();
        Transaction junkKey = new Transaction(body, Hashcash.smallestNonce(body.hash(), 10), good.signature());

        assertReason(() -> rules.checkStateless(junkKey), TxReason.BAD_KEY);
    }

    @Test
    void reusedNonceIsRejected() {
        rules.apply(tx().build(), state);
        assertReason(() -> rules.apply(tx().nonce(0).timestamp(2).build(), state), TxReason.NONCE_TOO_LOW);
    }

    @Test
    void skippedNonceIsRejected() {
        assertReason(() -> rules.checkAgainst(tx().nonce(1).build(), state), TxReason.NONCE_TOO_HIGH);
    }

    @Test
    void amountAboveTheBalanceIsRejected() {
        assertReason(() -> rules.checkAgainst(tx().amount(TestChain.FUNDS + 1).build(), state),
                TxReason.INSUFFICIENT_BALANCE);
    }

    @Test
    void unknownSenderHasNothingToSpend() {
        assertReason(() -> rules.checkAgainst(tx().sender(TestKeys.get(6)).build(), state),
                TxReason.INSUFFICIENT_BALANCE);
    }

    @Test
    void recipientBalanceOverflowIsRejectedNotWrapped() {
        accounts.put(bob, new Account(Long.MAX_VALUE - 5, 0));
        assertReason(() -> rules.checkAgainst(tx().amount(6).build(), state), TxReason.BALANCE_OVERFLOW);
    }

    @Test
    void exhaustedNonceIsRejected() {
        accounts.put(alice, new Account(100, Long.MAX_VALUE));
        assertReason(() -> rules.checkAgainst(tx().nonce(Long.MAX_VALUE).build(), state), TxReason.NONCE_OVERFLOW);
    }

    @Test
    void failedApplyChangesNothing() {
        assertReason(() -> rules.apply(tx().amount(TestChain.FUNDS + 1).build(), state),
                TxReason.INSUFFICIENT_BALANCE);
        assertThat(state.changes()).isEmpty();
    }
}
