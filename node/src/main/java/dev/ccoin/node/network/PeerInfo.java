package dev.ccoin.node.network;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;

/** One connected peer as the node sees it: identity, address, direction, its last reported head, and since when. */
public record PeerInfo(
        Address nodeId,
        String host,
        int port,
        Direction direction,
        long headHeight,
        Hash32 headHash,
        BigInteger totalWork,
        long connectedSinceMillis,
        String agent) {

    /** Who dialled whom. */
    public enum Direction { INBOUND, OUTBOUND }
}
