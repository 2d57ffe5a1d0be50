package dev.ccoin.node.p2p.peers;

import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What a {@link Peer} uses of the connection under it: where its encoded frames go, whether it is still open, how
 * it ends, and where it leads. {@link Connection} is the one over TCP. Implementations are thread-safe.
 */
interface PeerLink {
    PeerInfo.Direction direction();

    /** Where the node learnt of the peer: {@code INBOUND} for a peer that dialled us. */
    PeerInfo.Source source();

    /** The remote endpoint; null while a dial has not connected yet. */
    InetSocketAddress remoteAddress();

    /** The remote endpoint as the log shows it. */
    String remoteText();

    /** Queues a frame for writing; a full queue ends the link. */
    void sendFrame(byte[] frame);

    /** Queues frames to be written together, with one flush; a full queue ends the link. */
    void sendFrames(List<byte[]> frames);

    /** Ends the link for a reason found on this side. */
    void close(DisconnectReason reason, String detail);

    boolean isOpen();

    /** Nanos (System.nanoTime) when the last whole frame arrived. */
    long lastFrameNanos();
}
