package dev.ccoin.node.network;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;

/**
 * One connected peer as the node sees it: identity, address, direction, where it was learnt, its last reported head,
 * and since when.
 */
public record PeerInfo(
        Address nodeId,
        String host,
        int port,
        Direction direction,
        Source source,
        long headHeight,
        Hash32 headHash,
        BigInteger totalWork,
        long connectedSinceMillis,
        String agent) {

    /** Who dialled whom. */
    public enum Direction { INBOUND, OUTBOUND }

    /**
     * Where the node learnt of the peer: a LAN announcement, the discovery service, the boot nodes, a peer's list
     * ({@code PRS}), or the peer dialled us.
     */
    public enum Source { LAN, DISCOVERY, BOOTNODE, EXCHANGE, INBOUND }
}
