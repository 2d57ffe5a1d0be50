package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;

/** {@code GPR}: {@code []}, asks the peer for peers it knows; the answer is {@code PRS}. Immutable. */
public record PeersRequest() implements Message {
    public static PeersRequest read(CanonicalReader r) {
        r.array(0, "GPR");
        return new PeersRequest();
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(0);
    }

    @Override
    public MessageType type() {
        return MessageType.GPR;
    }
}
