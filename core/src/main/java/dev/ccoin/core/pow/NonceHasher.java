package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;

/**
 * Computes hashcash trials {@code H(prefix || be64(nonce))} for one prefix at a time: 40 bytes, so exactly one SHA-256
 * compression each. Made by a {@link HashEngine}; keeps mutable buffers, so an instance belongs to one thread.
 */
public interface NonceHasher {
    /** Sets the 32-byte prefix (a seal hash or a transaction hash) the following trials hash. */
    void setPrefix(Hash32 prefix);

    /** True iff {@code H(prefix || be64(nonce))} has at least {@code bits} leading zero bits ({@code 0..256}). */
    boolean meets(long nonce, int bits);

    /** The full trial hash {@code H(prefix || be64(nonce))}. */
    Hash32 hash(long nonce);
}
