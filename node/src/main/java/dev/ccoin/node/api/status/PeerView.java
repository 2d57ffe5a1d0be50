package dev.ccoin.node.api.status;

import dev.ccoin.node.network.PeerInfo;
import java.math.BigInteger;
import java.util.Locale;

/**
 * One connected peer in {@code GET /peers}: its node id, address, who dialled ({@code inbound} or
 * {@code outbound}), where it was learnt ({@code lan}, {@code discovery}, {@code bootnode}, {@code exchange} or
 * {@code inbound}), the head it last reported, since when it is connected (ms) and its agent. Immutable.
 */
public record PeerView(String nodeId, String host, int port, String direction, String source, long headHeight,
                       String headHash, BigInteger totalWork, long since, String agent) {
    public static PeerView of(PeerInfo peer) {
        return new PeerView(peer.nodeId().toHex(), peer.host(), peer.port(),
                peer.direction().name().toLowerCase(Locale.ROOT), peer.source().name().toLowerCase(Locale.ROOT),
                peer.headHeight(), peer.headHash().toHex(), peer.totalWork(), peer.connectedSinceMillis(),
                peer.agent());
    }
}
