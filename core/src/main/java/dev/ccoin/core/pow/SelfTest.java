package dev.ccoin.core.pow;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.util.function.Supplier;

/**
 * Checks an engine against plain {@link java.security.MessageDigest} before it is trusted: a few prefixes and nonces,
 * including nonces whose high word is set, must hash identically. Guards against a JDK whose internals changed shape.
 */
final class SelfTest {
    private static final long[] NONCES = {0L, 1L, 748L, 0xffffffffL, 0x1_0000_0000L, Long.MAX_VALUE};

    private SelfTest() {
    }

    /** Null when hashers from {@code factory} agree with MessageDigest; otherwise what went wrong. */
    static String failure(Supplier<NonceHasher> factory) {
        try {
            NonceHasher hasher = factory.get();
            for (int p = 0; p < 3; p++) {
                Hash32 prefix = Sha256.hash(new byte[] {(byte) p});
                hasher.setPrefix(prefix);
                for (long nonce : NONCES) {
                    Hash32 expected = Sha256.hashWithNonce(prefix, nonce);
                    Hash32 actual = hasher.hash(nonce);
                    if (!expected.equals(actual)) {
                        return "self-test failed for prefix " + prefix + " nonce " + nonce + ": " + actual
                                + " instead of " + expected;
                    }
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "self-test failed: " + e;
        }
    }
}
