package dev.ccoin.core.pow;

import dev.ccoin.core.types.Hash32;

/**
 * A {@link NonceHasher} whose trial leaves its output as the eight SHA-256 state words ({@link Sha256Words}): the
 * one place that asks an output the search's two questions, whether it meets a difficulty and what hash it is. An
 * engine only computes the trial. One thread only, as every hasher.
 */
abstract class StateWordsHasher implements NonceHasher {
    /** Computes the trial of {@code nonce}; its output words, in a buffer that the next trial overwrites. */
    abstract int[] trial(long nonce);

    @Override
    public final boolean meets(long nonce, int bits) {
        return Hash32.leadingZeroBits(trial(nonce)) >= bits;
    }

    @Override
    public final Hash32 hash(long nonce) {
        return Sha256Words.toHash(trial(nonce));
    }
}
