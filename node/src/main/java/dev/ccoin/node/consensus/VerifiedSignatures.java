package dev.ccoin.node.consensus;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, thread-safe set of transaction signatures known to verify, so a transaction checked when the pool
 * admitted it is not RSA-verified again when it arrives in a block (Bitcoin Core's signature cache does the same).
 * When full, the oldest entry is forgotten.
 *
 * <p>An entry is the transaction id <em>together with its signature bytes</em>, not the id alone: a block's
 * txRoot commits to transaction ids only, so a relay can swap a transaction's signature without changing the
 * block hash. Keyed by id alone, a node that had seen the genuine transaction would accept such a copy while every
 * other node rejected it. The sender key is part of the id, so the pair fixes the verification's outcome. The map
 * goes from the id, which a transaction carries already, to the signature, compared in full: no hashing per lookup.
 * PSS signatures are randomized, so one id may have several valid signatures; the map keeps the last one added and
 * another is simply verified again.
 *
 * <p><b>Fill it only with the outcome of a real verification</b> ({@link #verify}, or {@link #add} right after
 * {@link TransactionRules#checkSignature} passed on that very transaction): whatever is in here is accepted in
 * blocks without a check.
 */
public final class VerifiedSignatures {
    /** Enough for a full pool (10 000) and the blocks in flight. */
    public static final int DEFAULT_CAPACITY = 32_768;

    private final Map<Hash32, Bytes> entries;

    public VerifiedSignatures() {
        this(DEFAULT_CAPACITY);
    }

    public VerifiedSignatures(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Hash32, Bytes> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether {@code tx}'s signature is known to verify. */
    public boolean contains(Transaction tx) {
        Bytes known;
        synchronized (entries) {
            known = entries.get(tx.hash());
        }
        return tx.signature().equals(known);
    }

    /** Records that {@code tx}'s signature verified. Only after a real verification of this very transaction. */
    public void add(Transaction tx) {
        synchronized (entries) {
            entries.put(tx.hash(), tx.signature());
        }
    }

    /**
     * Checks {@code tx}'s sender key and signature with {@code rules} unless they are already known to verify, and
     * remembers them when they do.
     *
     * @throws dev.ccoin.core.tx.InvalidTransactionException {@code BAD_KEY} or {@code BAD_SIGNATURE}
     */
    public void verify(Transaction tx, TransactionRules rules) {
        if (contains(tx)) {
            return;
        }
        rules.checkSignature(tx);
        add(tx);
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
