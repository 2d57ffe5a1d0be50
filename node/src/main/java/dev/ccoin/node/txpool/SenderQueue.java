package dev.ccoin.node.txpool;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One sender's transactions, by nonce: the executable chain — consecutive nonces from the account's nonce, each
 * covered by the balance left after the ones before it — and the queue of the others, at most
 * {@value #MAX_QUEUED}. Keeps the shared {@link EvictionOrder} in step with its queue. Not thread-safe: owned by
 * {@link PoolContents}, under {@link TxPool}'s lock.
 *
 * <p>Balance rule: a transaction joins the executable chain only if its amount is at most the balance minus what
 * the chain before it spends. A self-transfer needs its amount but spends nothing (protocol §3). Transfers the sender
 * may receive from other pending transactions are not counted, so the check errs on the side of refusing; queued
 * transactions are not checked at admission (the balance may grow before they can run) and are promoted only when
 * covered.
 *
 * <p>Bookkeeping: the queue keeps a running figure, {@code committed} — what the executable transactions from nonce
 * {@code floor} on spend — updated as entries come and go, so admission does not walk the chain. The floor follows
 * the account nonces the queue is shown: executable entries below an account's nonce are already in that state and
 * spend nothing more. It is raised (dropping those entries from the figure, each once) when a newer account is
 * seen, and set by every re-sort; an older account, below the floor, is served by walking just the entries between
 * its nonce and the floor. Every entry counted was covered by a balance when it was counted, so the figure never
 * exceeds {@code Long.MAX_VALUE}.
 */
final class SenderQueue {
    /** The most queued (future) transactions one sender may have. */
    static final int MAX_QUEUED = 64;

    private final EvictionOrder evictionOrder;
    private final NavigableMap<Long, PoolEntry> executable = new TreeMap<>();
    private final NavigableMap<Long, PoolEntry> queued = new TreeMap<>();
    /** The nonce from which {@link #committed} counts executable entries. */
    private long floor;
    /** What the executable entries with nonces from {@link #floor} on spend. */
    private long committed;

    SenderQueue(EvictionOrder evictionOrder) {
        this.evictionOrder = evictionOrder;
    }

    /**
     * Where {@code tx} would go against {@code account}, changing nothing it holds.
     *
     * @throws Refusal NONCE_TOO_LOW, ALREADY_KNOWN, NONCE_TAKEN, INSUFFICIENT_BALANCE or NONCE_TOO_FAR_IN_FUTURE
     */
    Slot place(Transaction tx, Account account) {
        if (tx.nonce() < account.nonce()) {
            throw new Refusal(PoolReason.NONCE_TOO_LOW,
                    "nonce " + tx.nonce() + ", the account is at " + account.nonce());
        }
        PoolEntry holder = at(tx.nonce());
        if (holder != null) {
            throw holder.hash().equals(tx.hash())
                    ? new Refusal(PoolReason.ALREADY_KNOWN, "the pool already has this transaction")
                    : new Refusal(PoolReason.NONCE_TAKEN, "nonce " + tx.nonce() + " is taken by "
                            + holder.hash().shortHex(16) + " in the pool");
        }
        long next = nextNonce(account);
        if (tx.nonce() == next) {
            long left = balanceLeft(account);
            if (tx.amount() > left) {
                throw new Refusal(PoolReason.INSUFFICIENT_BALANCE, "amount " + tx.amount() + ", the balance left after "
                        + "the sender's pending transactions is " + Math.max(left, 0));
            }
            return Slot.EXECUTABLE;
        }
        if (tx.nonce() - next > MAX_QUEUED) {
            throw new Refusal(PoolReason.NONCE_TOO_FAR_IN_FUTURE, "nonce " + tx.nonce() + ", the next is " + next
                    + "; at most " + MAX_QUEUED + " ahead are queued");
        }
        if (queued.size() >= MAX_QUEUED) {
            throw new Refusal(PoolReason.NONCE_TOO_FAR_IN_FUTURE,
                    "the sender already has " + MAX_QUEUED + " queued transactions");
        }
        return Slot.QUEUED;
    }

    /** Adds an entry that {@link #place} put in {@code slot}, or a returned one as queued, for a re-sort to place. */
    void add(PoolEntry entry, Slot slot) {
        if (slot == Slot.EXECUTABLE) {
            putExecutable(entry);
        } else {
            queued.put(entry.nonce(), entry);
            evictionOrder.add(entry);
        }
    }

    /** Moves queued transactions that now continue the executable chain, while the balance covers them. */
    void promote(Account account) {
        long left = balanceLeft(account);
        while (!queued.isEmpty()) {
            PoolEntry first = queued.firstEntry().getValue();
            if (first.nonce() != nextNonce(account) || first.transaction().amount() > left) {
                return;
            }
            queued.pollFirstEntry();
            evictionOrder.remove(first);
            putExecutable(first);
            left -= spends(first.transaction());
        }
    }

    /**
     * Sorts every transaction again against {@code account}: drops those below its nonce, keeps the executable chain
     * as far as it still starts at the account's nonce, runs without a gap and is covered by the balance, demotes the
     * rest of it to the queue, promotes queued ones that now continue it, and trims the queue to
     * {@value #MAX_QUEUED}, dropping the highest nonces — the furthest from running. Walks the chain once and moves
     * only the entries that change place: after a block the chain's survivors stay where they are.
     *
     * @return the dropped entries
     */
    List<PoolEntry> resort(Account account) {
        List<PoolEntry> dropped = new ArrayList<>();
        NavigableMap<Long, PoolEntry> spent = executable.headMap(account.nonce(), false);
        dropped.addAll(spent.values());
        spent.clear();
        NavigableMap<Long, PoolEntry> stale = queued.headMap(account.nonce(), false);
        stale.values().forEach(evictionOrder::remove);
        dropped.addAll(stale.values());
        stale.clear();

        floor = account.nonce();
        committed = 0;
        long expected = account.nonce();
        long left = account.balance();
        for (PoolEntry entry : executable.values()) {
            Transaction tx = entry.transaction();
            if (tx.nonce() != expected || tx.amount() > left) {
                demoteFrom(entry.nonce());
                break;
            }
            committed += spends(tx);
            left -= spends(tx);
            expected++;
        }
        promote(account);
        while (queued.size() > MAX_QUEUED) {
            PoolEntry highest = queued.pollLastEntry().getValue();
            evictionOrder.remove(highest);
            dropped.add(highest);
        }
        return dropped;
    }

    /** Moves the executable entries from {@code nonce} on to the queue. */
    private void demoteFrom(long nonce) {
        NavigableMap<Long, PoolEntry> tail = executable.tailMap(nonce, true);
        tail.values().forEach(entry -> add(entry, Slot.QUEUED));
        tail.clear();
    }

    /**
     * Removes {@code entry} if it is here. Taking one out of the middle of the executable chain leaves a gap that
     * the caller closes with {@link #resort}.
     */
    boolean remove(PoolEntry entry) {
        if (executable.remove(entry.nonce(), entry)) {
            if (entry.nonce() >= floor) {
                committed -= spends(entry.transaction());
            }
            return true;
        }
        if (queued.remove(entry.nonce(), entry)) {
            evictionOrder.remove(entry);
            return true;
        }
        return false;
    }

    /** The next nonce a client should use: the account's nonce, or one past the executable chain. */
    long nextNonce(Account account) {
        return executable.isEmpty() ? account.nonce() : Math.max(account.nonce(), executable.lastKey() + 1);
    }

    /** The executable transactions in nonce order (a live view). */
    Collection<PoolEntry> executable() {
        return Collections.unmodifiableCollection(executable.values());
    }

    /** The queued transactions in nonce order (a live view). */
    Collection<PoolEntry> queued() {
        return Collections.unmodifiableCollection(queued.values());
    }

    /** Whether a transaction with this nonce is here. */
    boolean holds(long nonce) {
        return at(nonce) != null;
    }

    boolean isEmpty() {
        return executable.isEmpty() && queued.isEmpty();
    }

    private PoolEntry at(long nonce) {
        PoolEntry entry = executable.get(nonce);
        return entry != null ? entry : queued.get(nonce);
    }

    /**
     * The balance left after the executable chain from the account's nonce; negative when the chain overspends it
     * (the state moved since the last re-sort). Entries below the account's nonce are already in the state.
     */
    long balanceLeft(Account account) {
        raiseFloor(account.nonce());
        long left = account.balance();
        // Only for an account older than one seen before: the entries between its nonce and the floor.
        for (PoolEntry entry : executable.subMap(account.nonce(), true, floor, false).values()) {
            long cost = spends(entry.transaction());
            if (cost > left) {
                return -1;
            }
            left -= cost;
        }
        return committed > left ? -1 : left - committed;
    }

    /** Moves the floor up to {@code nonce}: the entries it passes are in the state now and leave the figure. */
    private void raiseFloor(long nonce) {
        if (nonce <= floor) {
            return;
        }
        for (PoolEntry entry : executable.subMap(floor, true, nonce, false).values()) {
            committed -= spends(entry.transaction());
        }
        floor = nonce;
    }

    private void putExecutable(PoolEntry entry) {
        executable.put(entry.nonce(), entry);
        if (entry.nonce() >= floor) {
            committed += spends(entry.transaction());
        }
    }

    private static long spends(Transaction tx) {
        return tx.sender().equals(tx.to()) ? 0 : tx.amount();
    }
}
