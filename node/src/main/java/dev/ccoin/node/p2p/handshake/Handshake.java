package dev.ccoin.node.p2p.handshake;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameReader;
import dev.ccoin.node.p2p.framing.PeerErrorException;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Hey;
import dev.ccoin.node.p2p.messages.Message;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The hello of protocol §8 step 3, the same on both sides, inside TLS: check that the node id of the peer's
 * certificate passes {@link Gate} (bans, the peer filter, duplicates), so a peer refused for who it is learns nothing
 * of our chain; send our {@code HEY}; read theirs and check version, that its node key is the key of the peer's
 * certificate, network and genesis, and that the peer is not ourselves. TLS has proven that the peer holds its
 * certificate's key, so there is no challenge and no {@code ACK}. Any failure is a
 * {@link ProtocolViolationException} with its reason, or a {@link PeerErrorException} when the peer refuses us
 * first. Stateless apart from its constructor arguments; one call runs on one connection's reader thread.
 */
public final class Handshake {
    /** The local decisions about a peer once its node id is known; throws to refuse it. */
    @FunctionalInterface
    public interface Gate {
        void admit(Address nodeId);
    }

    private final NodeKey key;
    private final long networkId;
    private final Hash32 genesisHash;

    public Handshake(NodeKey key, long networkId, Hash32 genesisHash) {
        this.key = key;
        this.networkId = networkId;
        this.genesisHash = genesisHash;
    }

    /** Our {@code HEY}. */
    public Hey hello(ChainHead head, int listenPort, String agent) {
        return new Hey(Hey.PROTOCOL_VERSION, networkId, genesisHash, key.publicKey(), listenPort, head.height(),
                head.hash(), head.totalWork(), agent);
    }

    /**
     * Runs the exchange: {@code ours} goes out through {@code send}, the peer's frames come from {@code in};
     * {@code certificateKey} is the key (SubjectPublicKeyInfo DER) of the certificate the peer presented in TLS.
     *
     * @throws IOException when the socket fails
     */
    public PeerHello run(Hey ours, Bytes certificateKey, FrameReader in, Consumer<Message> send, Gate gate)
            throws IOException {
        Address nodeId = RsaKeys.address(certificateKey);
        gate.admit(nodeId);
        send.accept(ours);
        Hey theirs = expect(in, Hey.class);
        if (theirs.protocolVersion() != Hey.PROTOCOL_VERSION) {
            throw new ProtocolViolationException(DisconnectReason.UNSUPPORTED_VERSION, "protocol version "
                    + theirs.protocolVersion() + " is not supported; this node speaks " + Hey.PROTOCOL_VERSION);
        }
        if (!theirs.nodeKey().equals(certificateKey)) {
            throw new ProtocolViolationException(DisconnectReason.NODE_KEY_MISMATCH, "the HEY names the key of node "
                    + RsaKeys.address(theirs.nodeKey()) + ", the TLS certificate holds the key of node " + nodeId);
        }
        if (theirs.networkId() != networkId || !theirs.genesisHash().equals(genesisHash)) {
            throw new ProtocolViolationException(DisconnectReason.WRONG_GENESIS, "the peer is on network "
                    + theirs.networkId() + " with genesis " + theirs.genesisHash() + "; this node is on network "
                    + networkId + " with genesis " + genesisHash);
        }
        if (nodeId.equals(key.nodeId())) {
            throw new ProtocolViolationException(DisconnectReason.SELF_CONNECTION, "node " + nodeId + " is this node");
        }
        return new PeerHello(nodeId, theirs);
    }

    private static <T extends Message> T expect(FrameReader in, Class<T> type) throws IOException {
        Message message = in.next().orElseThrow(() -> new ProtocolViolationException(
                DisconnectReason.CONNECTION_LOST, "the peer closed the connection during the handshake"));
        if (message instanceof ErrorNotice notice) {
            throw new PeerErrorException(notice);
        }
        if (!type.isInstance(message)) {
            throw new ProtocolViolationException(DisconnectReason.BAD_HANDSHAKE,
                    "expected " + type.getSimpleName().toUpperCase() + ", got " + message.type());
        }
        return type.cast(message);
    }
}
