package dev.ccoin.core.discovery;

import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.time.Duration;
import java.util.Objects;

/**
 * A node's claim "node {@code nodeId} of network ({@code networkId}, {@code genesisHash}) accepts peers at
 * {@code host:port}", made at {@code timestamp} (Unix ms). Encodes as
 * {@code [node_id(bin20), host(str), port, network_id, genesis_hash(bin32), timestamp]}; the node key signs
 * {@code H} of that encoding. Immutable; the compact constructor enforces the structural rules (a usable host, a
 * port in 1..65535, non-negative numbers).
 */
public record Registration(Address nodeId, String host, int port, long networkId, Hash32 genesisHash, long timestamp)
        implements NodeSignedMessage {
    /** How long the service keeps a registration that is not refreshed. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);
    /** How often a node registers again, well inside {@link #LIFETIME}. */
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(20);
    /** How far a signed timestamp may be from the service's clock, either way. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

    public Registration {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(genesisHash, "genesisHash");
        PeerHost.problem(host).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1..65535");
        }
        if (networkId < 0) {
            throw new IllegalArgumentException("negative network id: " + networkId);
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("negative timestamp: " + timestamp);
        }
    }

    @Override
    public void write(CanonicalWriter writer) {
        writer.array(6).address(nodeId).str(host).u64(port).u64(networkId).hash(genesisHash).u64(timestamp);
    }
}
