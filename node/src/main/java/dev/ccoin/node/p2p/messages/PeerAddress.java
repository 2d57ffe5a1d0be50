package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Encodable;
import dev.ccoin.core.types.Address;
import java.nio.charset.StandardCharsets;

/** One entry of {@code PRS}: {@code [nodeId, host, port]}, where a node accepts connections. Immutable. */
public record PeerAddress(Address nodeId, String host, int port) implements Encodable {
    /** A DNS name is at most 253 characters; an IPv6 literal far less. */
    public static final int MAX_HOST_BYTES = 255;

    public PeerAddress {
        if (host.isEmpty() || host.getBytes(StandardCharsets.UTF_8).length > MAX_HOST_BYTES) {
            throw new IllegalArgumentException("a host is 1.." + MAX_HOST_BYTES + " bytes");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1..65535");
        }
    }

    public static PeerAddress read(CanonicalReader r) {
        r.array(3, "PRS entry");
        Address nodeId = r.address("PRS.nodeId");
        String host = r.str(MAX_HOST_BYTES, "PRS.host");
        int port = r.u32(65535, "PRS.port");
        return Decoding.construct("PRS entry", () -> new PeerAddress(nodeId, host, port));
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(3).address(nodeId).str(host).u64(port);
    }
}
