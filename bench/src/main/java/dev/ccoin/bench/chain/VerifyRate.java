package dev.ccoin.bench.chain;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The single-core rate of RSASSA-PSS verification ({@link Pss#verify}, 2048-bit keys) over real transaction
 * signatures, on the calling thread: the yardstick for import throughput. Also the rate of
 * {@link TransactionRules#checkSignature}, which decodes the sender key before verifying, as block validation does
 * for every transaction. A signature that fails to verify stops the benchmark. Owned by one thread.
 */
final class VerifyRate {
    private final List<Transaction> sample;
    private final RSAPublicKey[] keys;
    private final TransactionRules rules;
    private long verifications;

    VerifyRate(List<Transaction> sample, TransactionRules rules) {
        this.sample = List.copyOf(sample);
        this.keys = sample.stream().map(tx -> RsaKeys.publicKey(tx.senderKey())).toArray(RSAPublicKey[]::new);
        this.rules = rules;
    }

    void warmUp(int count) {
        for (int i = 0; i < count; i++) {
            verifyOne(i);
            rules.checkSignature(sample.get(i % sample.size()));
        }
    }

    /** {@link Pss#verify} with decoded keys: at least {@code count} verifications and 0.5 s of them. */
    Rate pss(int count) {
        return timed(count, i -> {
            verifyOne(i);
            verifications++;
        });
    }

    /** {@link TransactionRules#checkSignature}, which decodes the sender key first: as long as {@link #pss}. */
    Rate checkSignature(int count) {
        return timed(count, i -> rules.checkSignature(sample.get(i % sample.size())));
    }

    private static Rate timed(int count, IntConsumer check) {
        Rate.Stopwatch stopwatch = Rate.start();
        long started = System.nanoTime();
        int done = 0;
        do {
            for (int i = 0; i < count; i++, done++) {
                check.accept(done);
            }
        } while (System.nanoTime() - started < 500_000_000L);
        return stopwatch.stop(done);
    }

    /** How many {@link Pss#verify} calls the measured samples made. */
    long verifications() {
        return verifications;
    }

    private void verifyOne(int i) {
        int k = i % sample.size();
        Transaction tx = sample.get(k);
        if (!Pss.verify(keys[k], tx.hash(), tx.signature())) {
            throw new IllegalStateException("the signature of sample transaction " + tx.hash() + " does not verify");
        }
    }
}
