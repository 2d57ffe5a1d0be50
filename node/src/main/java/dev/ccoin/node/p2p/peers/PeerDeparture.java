package dev.ccoin.node.p2p.peers;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import java.util.Optional;

/**
 * How a connection ended: who it was with (the node id once its {@code HEY} was read), the remote endpoint, the
 * reason and its detail, whether the peer ended it ({@code byPeer}: it sent {@code ERR} or hung up) and whether it
 * had completed the handshake. {@code dialTarget} is the candidate an outbound connection was made to. Immutable.
 */
public record PeerDeparture(Optional<Address> nodeId, String remote, PeerInfo.Direction direction,
                            DisconnectReason reason, String detail, boolean byPeer, boolean established,
                            Optional<HostPort> dialTarget) {
}
