package dev.ccoin.core.discovery;

import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Address;
import java.util.Objects;

/**
 * A node's request, made at {@code timestamp} (Unix ms), to be removed from the discovery service. Encodes as
 * {@code [node_id(bin20), "delete", timestamp]}; the node key signs {@code H} of that encoding. The literal
 * {@code "delete"} in second place keeps a signed deregistration from ever reading as a registration. Immutable.
 */
public record Deregistration(Address nodeId, long timestamp) implements NodeSignedMessage {
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
}
