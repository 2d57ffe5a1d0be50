package dev.ccoin.core.discovery;

import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * A discovery message that a node key signs (protocol §9): the node signs {@code H(msgpack(message))} with
 * RSASSA-PSS, and the service verifies that signature against the node's key. The one signing path of
 * {@link Registration} and {@link Deregistration}; each differs only in its encoding. Implementations are
 * immutable values.
 */
public interface NodeSignedMessage extends Encodable {
    /** {@code H(msgpack(this))}: the message the node key signs. */
    default Hash32 signingHash() {
        return Sha256.hash(encode());
    }

    default Bytes sign(PrivateKey nodeKey) {
        return Pss.sign(nodeKey, signingHash());
    }

    default boolean verify(PublicKey nodeKey, Bytes signature) {
        return Pss.verify(nodeKey, signingHash(), signature);
    }
}
