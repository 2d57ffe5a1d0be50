package dev.ccoin.cli.bench;

import dev.ccoin.core.crypto.PssProvider;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.VerifyRate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The single-core signature-check rates a load is set against, as {@link VerifyRate} measures them on the calling
 * thread: PSS verification with decoded keys, and with the sender key decoded first, the cost of a check whose key
 * the node has not cached yet. Immutable.
 */
record SignatureRates(double pssPerSecond, double withKeyDecodePerSecond) {
    /** At least this long per measurement, so that the JIT's warm-up is a small part of it. */
    private static final Duration MEASURE = Duration.ofMillis(1_500);

    /** Measures over {@code sample}'s signatures (all must verify), warming up first. Takes about 3.5 s. */
    static SignatureRates measure(List<Transaction> sample) {
        VerifyRate rate = new VerifyRate(sample);
        rate.warmUp(sample.size());
        return new SignatureRates(rate.pss(sample.size(), MEASURE).perSecond(),
                rate.withKeyDecode(sample.size(), MEASURE).perSecond());
    }

    String line() {
        return String.format(Locale.ROOT, "%.0f verifications/s (%.0f/s with the sender key decoded first) on %s",
                pssPerSecond, withKeyDecodePerSecond, PssProvider.chosen().displayName());
    }
}
