package dev.ccoin.core.discovery;

import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A node's request, made at {@code timestamp} (Unix ms), to be removed from the discovery service. Encodes as
 * {@code [node_id(bin20), "delete", timestamp]}; the node key signs {@code H} of that encoding. The literal
 * {@code "delete"} in second place keeps a signed deregistration from ever reading as a registration. Immutable.
 */
public record Deregistration(Address nodeId, long timestamp) implements Encodable {
    /** The second element of the encoding. */
    public static final String TAG = "delete";

    public Deregistration {
        Objects.requireNonNull(nodeId, "nodeId");
        if (timestamp < 0) {
            throw new IllegalArgumentException("negative timestamp: " + timestamp);
        }
    }

    @Override
    public void write(CanonicalWriter writer) {
        writer.array(3).address(nodeId).str(TAG).u64(timestamp);
    }

    /** {@code H(msgpack(this))}: the message the node key signs. */
    public Hash32 signingHash() {
        return Sha256.hash(encode());
    }

    public Bytes sign(PrivateKey nodeKey) {
        return Pss.sign(nodeKey, signingHash());
    }

    public boolean verify(PublicKey nodeKey, Bytes signature) {
        return Pss.verify(nodeKey, signingHash(), signature);
    }
}
