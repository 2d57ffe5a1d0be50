package dev.ccoin.node.txpool;

import dev.ccoin.core.tx.Transaction;

/**
 * Told of every transaction the pool admitted, each of whose signature the pool has just verified, so that
 * consensus can skip verifying it again when it arrives in a block (e.g. {@code VerifiedSignatures::add}). Called
 * on the admitting thread, outside the pool's lock: an implementation must be thread-safe and cheap. It must key
 * what it records on the signature bytes too, not on the transaction hash alone, which does not cover them.
 */
@FunctionalInterface
public interface SignatureVerified {
    /** Records nothing. */
    SignatureVerified NONE = tx -> {
    };

    void verified(Transaction tx);
}
