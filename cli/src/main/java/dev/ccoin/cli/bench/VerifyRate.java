package dev.ccoin.cli.bench;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.PssProvider;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.tx.Transaction;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Locale;

/**
 * The single-core rate of RSASSA-PSS verification over real transaction signatures, measured on the calling thread:
 * the yardstick for how many transactions a node can admit per second and per core, since a node verifies each
 * transaction's signature once (the pool's check; the block's import finds it in the verified-signature cache). Also
 * the rate with the sender key decoded first, as the pool's {@code checkSignature} does. Immutable result.
 */
record VerifyRate(double pssPerSecond, double withKeyDecodePerSecond) {
    /** At least this long per measurement, so that the JIT's warm-up is a small part of it. */
    private static final long MEASURE_NANOS = 1_500_000_000L;
    /** And at most this many verifications per measurement, so that a very fast machine stops too. */
    private static final int MAX_VERIFICATIONS = 200_000;

    /** Measures over {@code sample}'s signatures (all must verify), warming up first. Takes about 3.3 s. */
    static VerifyRate measure(List<Transaction> sample) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("no transactions to verify");
        }
        RSAPublicKey[] keys = sample.stream().map(tx -> RsaKeys.publicKey(tx.senderKey())).toArray(RSAPublicKey[]::new);
        run(sample, keys, false, 300_000_000L);
        double pss = run(sample, keys, false, MEASURE_NANOS);
        double decoded = run(sample, keys, true, MEASURE_NANOS);
        return new VerifyRate(pss, decoded);
    }

    private static double run(List<Transaction> sample, RSAPublicKey[] keys, boolean decodeKey, long nanos) {
        long started = System.nanoTime();
        long elapsed;
        int done = 0;
        do {
            int i = done % sample.size();
            Transaction tx = sample.get(i);
            RSAPublicKey key = decodeKey ? RsaKeys.publicKey(tx.senderKey()) : keys[i];
            if (!Pss.verify(key, tx.hash(), tx.signature())) {
                throw new IllegalStateException("transaction " + tx.hash() + " does not verify");
            }
            done++;
            elapsed = System.nanoTime() - started;
        } while (elapsed < nanos && done < MAX_VERIFICATIONS);
        return done * 1e9 / elapsed;
    }

    String line() {
        return String.format(Locale.ROOT, "%.0f verifications/s (%.0f/s with the sender key decoded, as the pool does) "
                + "on %s", pssPerSecond, withKeyDecodePerSecond, PssProvider.chosen().displayName());
    }
}
