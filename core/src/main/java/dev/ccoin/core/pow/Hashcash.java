package dev.ccoin.core.pow;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.core.types.ValueError;

/**
 * The hashcash proof of work of blocks and transaction stamps (protocol §1, §3, §4): a nonce meets difficulty {@code bits}
 * for a 32-byte prefix iff {@code H(prefix || be64(nonce))} has at least {@code bits} leading zero bits. Difficulties
 * are {@code 0..256} and nonces {@code 0..2^63-1}; anything else is refused with
 * {@link ValueError#OUT_OF_RANGE}. Stateless and thread-safe.
 */
public final class Hashcash {
    /** The largest meaningful difficulty: every bit of the hash zero. */
    public static final int MAX_BITS = 256;

    private Hashcash() {
    }

    /** Verifies a proof of work with plain {@link java.security.MessageDigest}, the reference every engine matches. */
    public static boolean meets(Hash32 prefix, long nonce, int bits) {
        checkBits(bits);
        checkNonce(nonce);
        return Sha256.hashWithNonce(prefix, nonce).leadingZeroBits() >= bits;
    }

    /**
     * The smallest nonce {@code >= 0} meeting {@code bits}, searched sequentially on the calling thread with the fastest
     * engine. Deterministic, so every node computes the same genesis nonce and the same transaction stamp.
     *
     * @throws IllegalStateException if no nonce up to {@code 2^63-1} meets {@code bits} (not reachable in practice)
     */
    public static long smallestNonce(Hash32 prefix, int bits) {
        checkBits(bits);
        NonceHasher hasher = HashEngine.fastest().newHasher();
        hasher.setPrefix(prefix);
        for (long nonce = 0; nonce >= 0; nonce++) {
            if (hasher.meets(nonce, bits)) {
                if (!meets(prefix, nonce, bits)) {
                    throw new IllegalStateException(HashEngine.fastest() + " disagrees with MessageDigest at nonce "
                            + nonce + " of prefix " + prefix);
                }
                return nonce;
            }
        }
        throw new IllegalStateException("no nonce in 0..2^63-1 meets " + bits + " bits for prefix " + prefix);
    }

    /** Refuses a difficulty outside {@code 0..256}. */
    public static int checkBits(int bits) {
        if (bits < 0 || bits > MAX_BITS) {
            throw new InvalidValueException(ValueError.OUT_OF_RANGE,
                    "difficulty must be 0.." + MAX_BITS + " bits, got " + bits);
        }
        return bits;
    }

    private static void checkNonce(long nonce) {
        if (nonce < 0) {
            throw new InvalidValueException(ValueError.OUT_OF_RANGE, "nonce must be 0..2^63-1, got " + nonce);
        }
    }
}
