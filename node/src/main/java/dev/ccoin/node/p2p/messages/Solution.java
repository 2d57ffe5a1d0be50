package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Hash32;

/**
 * {@code SOL}: {@code [seed, nonce]}, the initiator's answer to a {@link Puzzle}: the puzzle's seed and a nonce with
 * {@code lzb(H(seed || be64(nonce))) >= bits}. The largest frame is {@link #MAX_FRAME_BYTES}. Immutable.
 */
public record Solution(Hash32 seed, long nonce) implements Message {
    /** Length prefix, type, array header, bin32 header and seed, and the widest uint64. */
    public static final int MAX_FRAME_BYTES = 4 + 3 + 1 + 2 + 32 + 9;
    private static final int FIELDS = 2;

    public Solution {
        if (nonce < 0) {
            throw new IllegalArgumentException("the nonce is 0..2^63-1");
        }
    }

    public static Solution read(CanonicalReader r) {
        r.array(FIELDS, "SOL");
        Hash32 seed = r.hash("SOL.seed");
        long nonce = r.u64("SOL.nonce");
        return Decoding.construct("SOL", () -> new Solution(seed, nonce));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS).hash(seed).u64(nonce);
    }

    @Override
    public MessageType type() {
        return MessageType.SOL;
    }
}
