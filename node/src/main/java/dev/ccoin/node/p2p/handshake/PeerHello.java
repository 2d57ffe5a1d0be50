package dev.ccoin.node.p2p.handshake;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.messages.Hey;

/** A peer that completed the handshake: its node id, proved by its {@code ACK}, and the {@code HEY} it sent. Immutable. */
public record PeerHello(Address nodeId, Hey hey) {
}
