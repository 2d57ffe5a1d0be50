package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.network.PeerInfo;
import java.util.Optional;

/**
 * An endpoint to dial, with the node id expected behind it when its source named one (the dial is then pinned to
 * it), and where it was learnt. Immutable.
 */
public record DialCandidate(HostPort target, Optional<Address> nodeId, PeerInfo.Source source) {
}
