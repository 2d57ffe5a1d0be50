package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.HostPort;
import java.util.Optional;

/** An endpoint to dial, with the node id behind it when a peer list named it. Immutable. */
public record DialCandidate(HostPort target, Optional<Address> nodeId) {
}
