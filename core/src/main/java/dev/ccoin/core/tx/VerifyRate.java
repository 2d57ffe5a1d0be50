package dev.ccoin.core.tx;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

/**
 * The single-core rate of the transaction signature check over real transactions, measured on the calling thread:
 * the yardstick for admission and import, since a node verifies each transaction's signature once. Two ways:
 * {@link Pss#verify} with the sender keys decoded beforehand, and the sender key decoded from its SubjectPublicKeyInfo
 * before each verification, the cost of a check whose key is not cached yet. A signature that does not verify stops
 * the measurement. Immutable, and so thread-safe; a measurement runs on its caller's thread.
 */
public final class VerifyRate {
    /** How many checks ran, and the wall-clock time they took. */
    public record Checks(int count, long nanos) {
        public double perSecond() {
            return count * 1e9 / nanos;
        }
    }

    private final List<Transaction> sample;
    private final List<RSAPublicKey> keys;

    /** Over {@code sample}'s signatures, each of which must verify. */
    public VerifyRate(List<Transaction> sample) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("no transactions to verify");
        }
        this.sample = List.copyOf(sample);
        this.keys = this.sample.stream().map(tx -> RsaKeys.publicKey(tx.senderKey())).toList();
    }

    /** Runs {@code count} checks each way, untimed, so that the JIT has compiled both before they are timed. */
    public void warmUp(int count) {
        for (int i = 0; i < count; i++) {
            verify(i, false);
            verify(i, true);
        }
    }

    /** {@link Pss#verify} with decoded keys: at least {@code count} checks, and for at least {@code atLeast}. */
    public Checks pss(int count, Duration atLeast) {
        return timed(count, atLeast, false);
    }

    /** The sender key decoded, then verified, each time: as many checks as {@link #pss} runs. */
    public Checks withKeyDecode(int count, Duration atLeast) {
        return timed(count, atLeast, true);
    }

    private Checks timed(int count, Duration atLeast, boolean decodeKey) {
        long started = System.nanoTime();
        long minimum = atLeast.toNanos();
        int done = 0;
        long elapsed;
        do {
            for (int i = 0; i < count; i++, done++) {
                verify(done, decodeKey);
            }
            elapsed = System.nanoTime() - started;
        } while (elapsed < minimum);
        return new Checks(done, elapsed);
    }

    private void verify(int i, boolean decodeKey) {
        int k = i % sample.size();
        Transaction tx = sample.get(k);
        RSAPublicKey key = decodeKey ? RsaKeys.publicKey(tx.senderKey()) : keys.get(k);
        if (!Pss.verify(key, tx.hash(), tx.signature())) {
            throw new IllegalStateException("the signature of sample transaction " + tx.hash() + " does not verify");
        }
    }
}
