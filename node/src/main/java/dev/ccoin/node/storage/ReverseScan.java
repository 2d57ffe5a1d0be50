package dev.ccoin.node.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.iq80.leveldb.DBIterator;

/**
 * The two ways a {@link Scan#descending()} scan runs, one per {@link StorageEngine}: stepping an iterator back
 * (native), or reading the range forwards and visiting it in reverse (pure Java, whose iterators only go forwards;
 * that costs the whole range's entries in memory, which for the one descending scan the node makes, an account's
 * transactions, is 32 bytes of hash per transaction). Stateless.
 */
final class ReverseScan {
    private ReverseScan() {
    }

    static void steppingBack(DBIterator iterator, Scan scan, EntryVisitor visitor) {
        // Find the last key at or below the bound. leveldbjni's prev() steps back and returns the entry it lands on,
        // and peekNext() returns the current entry; hasPrev() is false at the first key.
        Map.Entry<byte[], byte[]> entry;
        byte[] bound = scan.start() != null ? scan.start() : scan.upperBound();
        boolean inclusive = scan.start() != null;
        if (bound == null) {
            iterator.seekToLast();
            entry = iterator.hasNext() ? iterator.peekNext() : null;
        } else {
            iterator.seek(bound);
            if (!iterator.hasNext()) {
                iterator.seekToLast();
                entry = iterator.hasNext() ? iterator.peekNext() : null;
            } else if (inclusive && Arrays.equals(iterator.peekNext().getKey(), bound)) {
                entry = iterator.peekNext();
            } else {
                entry = iterator.hasPrev() ? iterator.prev() : null;
            }
        }
        while (entry != null && scan.covers(entry.getKey()) && visitor.visit(entry.getKey(), entry.getValue())) {
            entry = iterator.hasPrev() ? iterator.prev() : null;
        }
    }

    static void readingForwards(DBIterator iterator, Scan scan, EntryVisitor visitor) {
        List<Map.Entry<byte[], byte[]>> range = new ArrayList<>();
        iterator.seek(scan.prefix());
        while (iterator.hasNext()) {
            Map.Entry<byte[], byte[]> entry = iterator.next();
            if (!scan.covers(entry.getKey())
                    || (scan.start() != null && Arrays.compareUnsigned(entry.getKey(), scan.start()) > 0)) {
                break;
            }
            range.add(entry);
        }
        for (int i = range.size() - 1; i >= 0; i--) {
            if (!visitor.visit(range.get(i).getKey(), range.get(i).getValue())) {
                return;
            }
        }
    }
}
