package dev.ccoin.node.txpool;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Real, signed and stamped transactions for the pool tests, on a chain with low stamp bits, cached for the whole run
 * (RSA signing costs a millisecond or two each). Senders are numbered 0..3 ({@link TestChain#funded} keys); by
 * default sender {@code s} pays 10 coins to sender {@code s + 1}. Thread-safe.
 */
final class Txs {
    static final ChainParams PARAMS = TestChain.params(1, 4, 4);
    static final int SENDERS = 4;

    private static final Map<String, Transaction> CACHE = new ConcurrentHashMap<>();

    private Txs() {
    }

    static KeyPair keys(int sender) {
        return TestChain.funded(sender);
    }

    static Address address(int sender) {
        return TestChain.address(keys(sender));
    }

    /** A valid transfer of 10 coins from {@code sender} with {@code nonce}. */
    static Transaction tx(int sender, long nonce) {
        return tx(sender, nonce, 10);
    }

    static Transaction tx(int sender, long nonce, long amount) {
        return cached("tx " + sender + " " + nonce + " " + amount,
                () -> builder(sender).nonce(nonce).amount(amount));
    }

    /** The same sender and nonce as {@link #tx(int, long)} but another transaction (a different amount). */
    static Transaction rival(int sender, long nonce) {
        return tx(sender, nonce, 11);
    }

    static Transaction toSelf(int sender, long nonce, long amount) {
        return cached("self " + sender + " " + nonce + " " + amount,
                () -> builder(sender).to(address(sender)).nonce(nonce).amount(amount));
    }

    /** A builder with {@code sender}'s key and the default recipient, for transactions a test breaks on purpose. */
    static TxBuilder builder(int sender) {
        return new TxBuilder(PARAMS).sender(keys(sender)).to(address((sender + 1) % SENDERS));
    }

    /** {@code builder}'s transaction, built once per run under {@code key}. */
    static Transaction cached(String key, Supplier<TxBuilder> builder) {
        return CACHE.computeIfAbsent(key, k -> builder.get().build());
    }
}
