package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * {@code TGR}: {@code [[hash(bin32)...]]} — asks for the bodies of announced transactions, as eth/68's
 * {@code GetPooledTransactions}; at most {@link #MAX_HASHES}, at least one, each at most once. Answered by one
 * {@code TBS}, in the order of the requests (the protocol has no request ids). Immutable.
 */
public record TransactionRequest(List<Hash32> hashes) implements Message {
    /** The most hashes one request names (protocol §8). */
    public static final int MAX_HASHES = 256;

    public TransactionRequest {
        hashes = List.copyOf(hashes);
        if (hashes.isEmpty() || hashes.size() > MAX_HASHES) {
            throw new IllegalArgumentException("a request names 1 .. " + MAX_HASHES + " hashes");
        }
        if (hashes.stream().distinct().count() != hashes.size()) {
            throw new IllegalArgumentException("a request names each hash once");
        }
    }

    public static TransactionRequest read(CanonicalReader r) {
        r.array(1, "TGR");
        return new TransactionRequest(TransactionHashes.readHashes(r, MAX_HASHES, "TGR.hashes"));
    }

    @Override
    public void write(CanonicalWriter w) {
        TransactionHashes.writeHashes(w, hashes);
    }

    @Override
    public MessageType type() {
        return MessageType.TGR;
    }
}
