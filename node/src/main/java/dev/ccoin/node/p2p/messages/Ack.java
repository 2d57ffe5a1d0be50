package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Bytes;

/**
 * {@code ACK}: {@code [signature]}, the sender's PSS signature over {@code H("ccoin-hey" || peerChallenge ||
 * genesisHash)}, proving it holds the key its {@code HEY} named. Immutable.
 */
public record Ack(Bytes signature) implements Message {
    public static Ack read(CanonicalReader r) {
        r.array(1, "ACK");
        return new Ack(r.bytes(RsaKeys.MAX_SIGNATURE_BYTES, "ACK.signature"));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(1).bin(signature);
    }

    @Override
    public MessageType type() {
        return MessageType.ACK;
    }
}
