package dev.ccoin.node.txpool;

import dev.ccoin.core.tx.Transaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The order a block takes executable transactions in (protocol §6): each sender's in nonce order, senders merged by the
 * admission order of each one's next transaction, so the oldest waiting transaction goes first without ever putting
 * a nonce before a lower one. Stateless.
 */
final class ExecutableOrder {
    private ExecutableOrder() {
    }

    static List<Transaction> first(Collection<SenderQueue> senders, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, got " + max);
        }
        PriorityQueue<Cursor> next = new PriorityQueue<>(Comparator.comparingLong(Cursor::sequence));
        for (SenderQueue sender : senders) {
            Iterator<PoolEntry> entries = sender.executable().iterator();
            if (entries.hasNext()) {
                next.add(new Cursor(entries));
            }
        }
        List<Transaction> out = new ArrayList<>();
        while (out.size() < max && !next.isEmpty()) {
            Cursor cursor = next.poll();
            out.add(cursor.head.transaction());
            if (cursor.advance()) {
                next.add(cursor);
            }
        }
        return out;
    }

    /** A position in one sender's executable chain. */
    private static final class Cursor {
        private final Iterator<PoolEntry> rest;
        private PoolEntry head;

        Cursor(Iterator<PoolEntry> entries) {
            this.rest = entries;
            this.head = entries.next();
        }

        long sequence() {
            return head.sequence();
        }

        boolean advance() {
            if (!rest.hasNext()) {
                return false;
            }
            head = rest.next();
            return true;
        }
    }
}
