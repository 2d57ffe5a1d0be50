package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;

/** {@code PNG}: {@code [nonce]}, liveness probe; the receiver answers {@code PON} with the same nonce. Immutable. */
public record Ping(long nonce) implements Message {
    public Ping {
        if (nonce < 0) {
            throw new IllegalArgumentException("the nonce is unsigned");
        }
    }

    public static Ping read(CanonicalReader r) {
        r.array(1, "PNG");
        return new Ping(r.u64("PNG.nonce"));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(1).u64(nonce);
    }

    @Override
    public MessageType type() {
        return MessageType.PNG;
    }
}
