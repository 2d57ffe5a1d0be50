package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;

/** {@code PON}: {@code [nonce]}, the answer to a {@code PNG}, echoing its nonce. Immutable. */
public record Pong(long nonce) implements Message {
    public Pong {
        if (nonce < 0) {
            throw new IllegalArgumentException("the nonce is unsigned");
        }
    }

    public static Pong read(CanonicalReader r) {
        r.array(1, "PON");
        return new Pong(r.u64("PON.nonce"));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(1).u64(nonce);
    }

    @Override
    public MessageType type() {
        return MessageType.PON;
    }
}
