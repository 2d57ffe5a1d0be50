package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;

/**
 * The eight 32-bit words a SHA-256 compression leaves in its state, read as the big-endian 32-byte hash. Holds the
 * initial hash value and turns an output into its hash; {@link Hash32#leadingZeroBits(int[])} counts an output's
 * leading zero bits.
 */
final class Sha256Words {
    /** The SHA-256 initial hash value H(0) (FIPS 180-4, 5.3.3). */
    static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };

    private Sha256Words() {
    }

    /** The hash whose words are {@code words[0..7]}. */
    static Hash32 toHash(int[] words) {
        byte[] bytes = new byte[Hash32.LENGTH];
        for (int i = 0; i < 8; i++) {
            bytes[4 * i] = (byte) (words[i] >>> 24);
            bytes[4 * i + 1] = (byte) (words[i] >>> 16);
            bytes[4 * i + 2] = (byte) (words[i] >>> 8);
            bytes[4 * i + 3] = (byte) words[i];
        }
        return Hash32.of(bytes);
    }
}
