package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.types.Hash32;

/**
 * {@code PUZ}: {@code [version, seed, bits, expiresAt]}, the admission puzzle a responder sends in plaintext as soon as
 * it accepts a connection (protocol §8 step 1). {@code seed} is 32 fresh random bytes of that connection, {@code bits} the
 * difficulty an answer must meet, {@code expiresAt} the responder's clock (ms) when it stops waiting. Immutable.
 */
public record Puzzle(long version, Hash32 seed, int bits, long expiresAt) implements Message {
    /** The only puzzle version there is. */
    public static final long VERSION = 1;
    private static final int FIELDS = 4;

    public Puzzle {
        if (version < 0 || expiresAt < 0) {
            throw new IllegalArgumentException("version and expiry are unsigned");
        }
        Hashcash.checkBits(bits);
    }

    public static Puzzle read(CanonicalReader r) {
        r.array(FIELDS, "PUZ");
        long version = r.u64("PUZ.version");
        Hash32 seed = r.hash("PUZ.seed");
        int bits = r.u32(Hashcash.MAX_BITS, "PUZ.bits");
        long expiresAt = r.u64("PUZ.expiresAt");
        return Decoding.construct("PUZ", () -> new Puzzle(version, seed, bits, expiresAt));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(FIELDS).u64(version).hash(seed).u64(bits).u64(expiresAt);
    }

    @Override
    public MessageType type() {
        return MessageType.PUZ;
    }
}
