package dev.ccoin.node.p2p.handshake;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.messages.Hey;

/**
 * A peer that completed the hello: its node id, the address of the key its TLS certificate proved and its
 * {@code HEY} named, and that {@code HEY}. Immutable.
 */
public record PeerHello(Address nodeId, Hey hey) {
}
