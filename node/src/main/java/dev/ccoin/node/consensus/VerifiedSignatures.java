package dev.ccoin.node.consensus;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Hash32;
import java.security.MessageDigest;
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
 * other node rejected it. The sender key is part of the id, so the pair fixes the verification's outcome.
 *
 * <p><b>Fill it only with the outcome of a real verification</b> ({@link #verify}, or {@link #add} right after
 * {@link TransactionRules#checkSignature} passed on that very transaction): whatever is in here is accepted in
 * blocks without a check.
 */
public final class VerifiedSignatures {
    /** Enough for a full pool (10 000) and the blocks in flight. */
    public static final int DEFAULT_CAPACITY = 32_768;

    private final Map<Hash32, Boolean> entries;

    public VerifiedSignatures() {
        this(DEFAULT_CAPACITY);
    }

    public VerifiedSignatures(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Hash32, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether {@code tx}'s signature is known to verify. */
    public boolean contains(Transaction tx) {
        Hash32 key = key(tx);
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    /** Records that {@code tx}'s signature verified. Only after a real verification of this very transaction. */
    public void add(Transaction tx) {
        Hash32 key = key(tx);
        synchronized (entries) {
            entries.put(key, Boolean.TRUE);
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

    private static Hash32 key(Transaction tx) {
        MessageDigest digest = Sha256.digest();
        tx.hash().updateDigest(digest);
        tx.signature().updateDigest(digest);
        return Hash32.of(digest.digest());
    }
}
