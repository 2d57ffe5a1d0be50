package dev.ccoin.node.txpool;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.HeadChange;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction pool of protocol §7. Per sender it keeps the executable transactions — consecutive nonces from the
 * head state's nonce that the balance covers — and a queue of at most 64 future ones; in all at most
 * {@code capacity} (10 000 by default), evicting the oldest queued transaction when full and refusing with
 * {@link PoolReason#POOL_FULL} when only executable ones fill it. Every refusal has a reason ({@link Admission}).
 *
 * <p>Threads: the chain thread calls {@link #onHeadChange} and {@link #executable}; API and peer threads call
 * {@link #admit} and the queries. The pool is the single owner of its state, which one private lock guards. Work
 * under the lock is map and tree operations only: reading accounts from a state (which may touch the disk), checking
 * signatures and calling the {@link SignatureVerified} hook all happen outside it. Admission therefore checks the
 * pool rules twice — once before the RSA verification, so a doomed transaction costs no signature check, and again
 * when it is added.
 *
 * <p>An admission is judged against the state its caller passes. The executable chains are rebuilt against the state
 * given with each head change; if a caller passes a slightly older or newer head state than the last head change's,
 * the next head change puts things right. One race is closed here: when the pool follows a head change while an
 * admission is between reading the sender's account and adding, the admission reads the account again, so a live
 * head view (the node's) is never judged older than the pool — which would make the sender's next nonce look like a
 * future one, queue it, and refuse the nonces after it as {@code NONCE_TOO_FAR_IN_FUTURE}.
 */
public final class TxPool implements PendingTransactions {
    /** The global cap of protocol §7. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(TxPool.class);

    private final TransactionRules rules;
    private final Clock clock;
    private final SignatureVerified signatureVerified;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final PoolContents contents;
    /** How many head changes the pool has followed. Guarded by {@link #lock}. */
    private long headChanges;

    public TxPool(TransactionRules rules, Clock clock, SignatureVerified signatureVerified) {
        this(rules, DEFAULT_CAPACITY, clock, signatureVerified);
    }

    public TxPool(TransactionRules rules, int capacity, Clock clock, SignatureVerified signatureVerified) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signatureVerified = Objects.requireNonNull(signatureVerified, "signatureVerified");
        this.contents = new PoolContents(capacity);
    }

    /**
     * Offers a transaction, judged against {@code headState}. Checks run cheapest first: already known; network,
     * data size, amount and stamp; the pool rules against the sender's account (nonce, balance, queue and pool
     * caps); the signature; then the pool rules again as it is added.
     */
    public Admission admit(Transaction tx, StateView headState) {
        Hash32 hash = tx.hash();
        try {
            synchronized (lock) {
                if (contents.get(hash).isPresent()) {
                    return Admission.refused(hash, PoolReason.ALREADY_KNOWN, "the pool already has this transaction");
                }
            }
            rules.checkWellFormed(tx);
            checkNonceCanAdvance(tx);
            rules.checkStamp(tx);
            long seen;
            synchronized (lock) {
                seen = headChanges;
            }
            Account account = headState.account(tx.sender());
            synchronized (lock) {
                contents.check(tx, account);
            }
            rules.checkSignature(tx);
            Slot slot;
            while (true) {
                synchronized (lock) {
                    if (headChanges == seen) {
                        slot = contents.add(tx, account, clock.millis());
                        break;
                    }
                    seen = headChanges;
                }
                // The pool followed a head change since the account was read, so the account may be older than the
                // state it re-sorted against: judged against it, the next nonce would look like a future one.
                account = headState.account(tx.sender());
            }
            signatureVerified.verified(tx);
            return slot == Slot.EXECUTABLE ? Admission.accepted(hash) : Admission.queued(hash);
        } catch (InvalidTransactionException e) {
            return Admission.invalid(hash, e.reason(), e.getMessage());
        } catch (Refusal r) {
            return Admission.refused(hash, r.reason(), r.getMessage());
        }
    }

    /**
     * Follows a head switch: the transactions of {@code change.added()} leave the pool; those of
     * {@code change.removed()} that the new branch did not include and that still apply come back (counted as
     * arriving now); then every sender is re-sorted against {@code newHeadState} — stale transactions dropped,
     * queued ones that became consecutive promoted, executable ones that no longer chain (a nonce gap, or a balance
     * that no longer covers them) demoted to the queue, which keeps its 64 lowest nonces. Called on the chain thread.
     */
    public void onHeadChange(HeadChange change, StateView newHeadState) {
        List<Transaction> included = transactions(change.added());
        Set<Hash32> includedHashes = new HashSet<>();
        included.forEach(tx -> includedHashes.add(tx.hash()));
        List<Transaction> abandoned = new ArrayList<>();
        List<Block> removedOldestFirst = new ArrayList<>(change.removed());
        Collections.reverse(removedOldestFirst);
        for (Transaction tx : transactions(removedOldestFirst)) {
            if (!includedHashes.contains(tx.hash())) {
                abandoned.add(tx);
            }
        }

        Set<Address> senders;
        synchronized (lock) {
            senders = new HashSet<>(contents.senders());
        }
        abandoned.forEach(tx -> senders.add(tx.sender()));
        Map<Address, Account> accounts = new HashMap<>();
        senders.forEach(address -> accounts.put(address, newHeadState.account(address)));

        int restored;
        synchronized (lock) {
            headChanges++;
            contents.removeIncluded(included);
            restored = contents.restore(abandoned, accounts, clock.millis());
            contents.resort(accounts);
        }
        if (change.isReorg()) {
            LOG.debug("Reorg to {}: {} of {} abandoned transactions back in the pool", change.current().hash(),
                    restored, abandoned.size());
        }
    }

    @Override
    public List<Transaction> executable(int max) {
        synchronized (lock) {
            return contents.executable(max);
        }
    }

    public boolean contains(Hash32 hash) {
        synchronized (lock) {
            return contents.get(hash).isPresent();
        }
    }

    public Optional<Transaction> get(Hash32 hash) {
        return entry(hash).map(PoolEntry::transaction);
    }

    /** The pooled transaction with its arrival time. */
    public Optional<PoolEntry> entry(Hash32 hash) {
        synchronized (lock) {
            return contents.get(hash);
        }
    }

    /**
     * The nonce a client should use next: the account's nonce in {@code headState} plus the sender's consecutive
     * executable transactions.
     */
    public long pendingNonce(Address address, StateView headState) {
        Account account = headState.account(address);
        synchronized (lock) {
            return contents.pendingNonce(address, account);
        }
    }

    /** How many executable transactions the pool holds. */
    public int pendingCount() {
        synchronized (lock) {
            return contents.pendingCount();
        }
    }

    /** How many future transactions the pool holds. */
    public int queuedCount() {
        synchronized (lock) {
            return contents.queuedCount();
        }
    }

    public int size() {
        synchronized (lock) {
            return contents.size();
        }
    }

    /** A snapshot of the executable transactions, by sender address then nonce. */
    public List<PoolEntry> pending() {
        synchronized (lock) {
            return contents.pending();
        }
    }

    /** A snapshot of the future transactions, by sender address then nonce. */
    public List<PoolEntry> queued() {
        synchronized (lock) {
            return contents.queued();
        }
    }

    /** Rule 4's overflow case, known without a state: no account can use nonce 2^63-1 and move past it. */
    private static void checkNonceCanAdvance(Transaction tx) {
        if (tx.nonce() == Long.MAX_VALUE) {
            throw new InvalidTransactionException(TxReason.NONCE_OVERFLOW, tx.hash(),
                    "nonce 2^63-1 can never be used: the account's nonce could not advance past it");
        }
    }

    private static List<Transaction> transactions(List<Block> blocks) {
        List<Transaction> out = new ArrayList<>();
        blocks.forEach(block -> out.addAll(block.transactions()));
        return out;
    }
}
