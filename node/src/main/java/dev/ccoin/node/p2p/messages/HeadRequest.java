package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;

/** {@code RBH}: {@code []}, asks the peer for its head; the answer is {@code BLH}. Immutable. */
public record HeadRequest() implements Message {
    public static HeadRequest read(CanonicalReader r) {
        r.array(0, "RBH");
        return new HeadRequest();
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(0);
    }

    @Override
    public MessageType type() {
        return MessageType.RBH;
    }
}
