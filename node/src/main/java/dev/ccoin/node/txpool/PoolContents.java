package dev.ccoin.node.txpool;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the pool holds: a {@link SenderQueue} per sender, the index by hash, the {@link EvictionOrder} and the
 * admission counter, with the global cap. Works on accounts handed to it and never reads a state itself, so no call
 * does I/O. Not thread-safe: owned by {@link TxPool} and touched only under its lock.
 */
final class PoolContents {
    private static final Comparator<PoolEntry> BY_SENDER_AND_NONCE =
            Comparator.comparing(PoolEntry::sender).thenComparingLong(PoolEntry::nonce);

    private final int capacity;
    private final Map<Address, SenderQueue> senders = new HashMap<>();
    private final Map<Hash32, PoolEntry> byHash = new HashMap<>();
    private final EvictionOrder evictionOrder = new EvictionOrder();
    private long nextSequence;

    PoolContents(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Where {@code tx} would go, changing nothing.
     *
     * @throws Refusal for every pool rule, including POOL_FULL
     */
    Slot check(Transaction tx, Account account) {
        if (byHash.containsKey(tx.hash())) {
            throw new Refusal(PoolReason.ALREADY_KNOWN, "the pool already has this transaction");
        }
        SenderQueue sender = senders.get(tx.sender());
        Slot slot = sender != null ? sender.place(tx, account) : new SenderQueue(evictionOrder).place(tx, account);
        if (byHash.size() >= capacity && evictionOrder.isEmpty()) {
            throw new Refusal(PoolReason.POOL_FULL,
                    "the pool holds " + capacity + " executable transactions and nothing it may evict");
        }
        return slot;
    }

    /**
     * Admits {@code tx}: evicts the oldest queued transaction if the pool is full, adds it, and promotes the queued
     * transactions an executable one makes consecutive.
     *
     * @throws Refusal as {@link #check}
     */
    Slot add(Transaction tx, Account account, long arrivedAt) {
        Slot slot = check(tx, account);
        if (byHash.size() >= capacity) {
            evictOldestQueued();
        }
        SenderQueue sender = senders.computeIfAbsent(tx.sender(), a -> new SenderQueue(evictionOrder));
        PoolEntry entry = new PoolEntry(tx, arrivedAt, nextSequence++);
        sender.add(entry, slot);
        byHash.put(tx.hash(), entry);
        if (slot == Slot.EXECUTABLE) {
            sender.promote(account);
        }
        return slot;
    }

    /** Removes the transactions a new canonical block included; the caller re-sorts their senders next. */
    void removeIncluded(Collection<Transaction> included) {
        for (Transaction tx : included) {
            PoolEntry entry = byHash.get(tx.hash());
            if (entry != null) {
                remove(entry);
            }
        }
    }

    /**
     * Takes back transactions of abandoned blocks, in chain order, that still apply: not known, nonce not below the
     * account's, nonce not taken. They enter as queued, for {@link #resort} to place; a full pool evicts its oldest
     * queued transaction for each, and keeps the rest out when it holds executable ones only.
     *
     * @return how many came back
     */
    int restore(List<Transaction> abandoned, Map<Address, Account> accounts, long arrivedAt) {
        int restored = 0;
        for (Transaction tx : abandoned) {
            Account account = accounts.get(tx.sender());
            if (byHash.containsKey(tx.hash()) || tx.nonce() < account.nonce() || takenNonce(tx)) {
                continue;
            }
            if (byHash.size() >= capacity && !evictOldestQueued()) {
                break;
            }
            PoolEntry entry = new PoolEntry(tx, arrivedAt, nextSequence++);
            senders.computeIfAbsent(tx.sender(), a -> new SenderQueue(evictionOrder)).add(entry, Slot.QUEUED);
            byHash.put(tx.hash(), entry);
            restored++;
        }
        return restored;
    }

    /** Re-sorts the senders in {@code accounts} against them (see {@link SenderQueue#resort}). */
    void resort(Map<Address, Account> accounts) {
        accounts.forEach((address, account) -> {
            SenderQueue sender = senders.get(address);
            if (sender == null) {
                return;
            }
            sender.resort(account).forEach(dropped -> byHash.remove(dropped.hash()));
            if (sender.isEmpty()) {
                senders.remove(address);
            }
        });
    }

    Set<Address> senders() {
        return Set.copyOf(senders.keySet());
    }

    List<Transaction> executable(int max) {
        return ExecutableOrder.first(senders.values(), max);
    }

    long pendingNonce(Address address, Account account) {
        SenderQueue sender = senders.get(address);
        return sender != null ? sender.nextNonce(account) : account.nonce();
    }

    Optional<PoolEntry> get(Hash32 hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    int size() {
        return byHash.size();
    }

    int queuedCount() {
        return evictionOrder.size();
    }

    int pendingCount() {
        return byHash.size() - evictionOrder.size();
    }

    /** The executable entries, by sender address then nonce. */
    List<PoolEntry> pending() {
        return snapshot(SenderQueue::executable);
    }

    /** The queued entries, by sender address then nonce. */
    List<PoolEntry> queued() {
        return snapshot(SenderQueue::queued);
    }

    private List<PoolEntry> snapshot(Function<SenderQueue, Collection<PoolEntry>> part) {
        List<PoolEntry> out = new ArrayList<>();
        senders.values().forEach(sender -> out.addAll(part.apply(sender)));
        out.sort(BY_SENDER_AND_NONCE);
        return List.copyOf(out);
    }

    private boolean takenNonce(Transaction tx) {
        SenderQueue sender = senders.get(tx.sender());
        return sender != null && sender.holds(tx.nonce());
    }

    private boolean evictOldestQueued() {
        Optional<PoolEntry> oldest = evictionOrder.oldest();
        oldest.ifPresent(this::remove);
        return oldest.isPresent();
    }

    private void remove(PoolEntry entry) {
        SenderQueue sender = senders.get(entry.sender());
        if (sender != null && sender.remove(entry) && sender.isEmpty()) {
            senders.remove(entry.sender());
        }
        byHash.remove(entry.hash());
    }
}
