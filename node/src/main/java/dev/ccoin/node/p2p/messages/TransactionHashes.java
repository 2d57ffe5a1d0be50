package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code THA}: {@code [[hash(bin32)...]]} — hashes of transactions the sender has in its pool and the receiver may
 * ask for with {@code TGR}, as eth/68's {@code NewPooledTransactionHashes}; at most {@link #MAX_HASHES}, at least
 * one. Immutable.
 */
public record TransactionHashes(List<Hash32> hashes) implements Message {
    /** The most hashes one announcement carries (protocol §8). */
    public static final int MAX_HASHES = 4096;

    public TransactionHashes {
        hashes = List.copyOf(hashes);
        if (hashes.isEmpty() || hashes.size() > MAX_HASHES) {
            throw new IllegalArgumentException("an announcement has 1 .. " + MAX_HASHES + " hashes");
        }
    }

    public static TransactionHashes read(CanonicalReader r) {
        r.array(1, "THA");
        return new TransactionHashes(readHashes(r, MAX_HASHES, "THA.hashes"));
    }

    static List<Hash32> readHashes(CanonicalReader r, int max, String what) {
        int count = r.arrayHeader(max, what);
        List<Hash32> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hashes.add(r.hash(what));
        }
        return hashes;
    }

    static void writeHashes(CanonicalWriter w, List<Hash32> hashes) {
        w.array(1).array(hashes.size());
        hashes.forEach(w::hash);
    }

    @Override
    public void write(CanonicalWriter w) {
        writeHashes(w, hashes);
    }

    @Override
    public MessageType type() {
        return MessageType.THA;
    }
}
