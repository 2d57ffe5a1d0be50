package dev.ccoin.node.p2p.handshake;

import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.FrameReader;
import dev.ccoin.node.p2p.framing.PeerErrorException;
import dev.ccoin.node.p2p.framing.ProtocolViolationException;
import dev.ccoin.node.p2p.messages.Ack;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Hey;
import dev.ccoin.node.p2p.messages.Message;
import java.io.IOException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * The handshake of protocol §8, the same on both sides: send our {@code HEY}; read theirs and check version, network,
 * genesis, node key, that it is not ourselves, and whatever {@link Gate} adds (bans, the peer filter, duplicates);
 * send {@code ACK} signed over their challenge; read their {@code ACK} and verify it over ours with the key their
 * {@code HEY} named. Any failure is a {@link ProtocolViolationException} with its reason, or a
 * {@link PeerErrorException} when the peer refuses us first. Stateless apart from its constructor arguments; one
 * call runs on one connection's reader thread.
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

    /** Our {@code HEY}, with a fresh random challenge. */
    public Hey hello(ChainHead head, int listenPort, String agent, SecureRandom random) {
        byte[] challenge = new byte[Hey.CHALLENGE_BYTES];
        random.nextBytes(challenge);
        return new Hey(Hey.PROTOCOL_VERSION, networkId, genesisHash, key.publicKey(), listenPort, head.height(),
                head.hash(), head.totalWork(), Bytes.of(challenge), agent);
    }

    /**
     * Runs the exchange: {@code ours} goes out through {@code send}, the peer's frames come from {@code in}.
     *
     * @throws IOException when the socket fails
     */
    public PeerHello run(Hey ours, FrameReader in, Consumer<Message> send, Gate gate) throws IOException {
        send.accept(ours);
        Hey theirs = expect(in, Hey.class);
        checkChain(theirs);
        PublicKey peerKey;
        try {
            peerKey = RsaKeys.publicKey(theirs.nodeKey());
        } catch (KeyFormatException e) {
            throw new ProtocolViolationException(DisconnectReason.BAD_HANDSHAKE, "node key: " + e.getMessage());
        }
        Address nodeId = RsaKeys.address(theirs.nodeKey());
        if (nodeId.equals(key.nodeId())) {
            throw new ProtocolViolationException(DisconnectReason.SELF_CONNECTION, "node " + nodeId + " is this node");
        }
        gate.admit(nodeId);
        send.accept(new Ack(HandshakeProof.sign(key, theirs.challenge(), genesisHash)));
        Ack ack = expect(in, Ack.class);
        if (!HandshakeProof.verify(peerKey, ours.challenge(), genesisHash, ack.signature())) {
            throw new ProtocolViolationException(DisconnectReason.BAD_HANDSHAKE,
                    "the ACK of " + nodeId + " does not verify against its node key");
        }
        return new PeerHello(nodeId, theirs);
    }

    private void checkChain(Hey theirs) {
        if (theirs.protocolVersion() != Hey.PROTOCOL_VERSION) {
            throw new ProtocolViolationException(DisconnectReason.UNSUPPORTED_VERSION, "protocol version "
                    + theirs.protocolVersion() + " is not supported; this node speaks " + Hey.PROTOCOL_VERSION);
        }
        if (theirs.networkId() != networkId || !theirs.genesisHash().equals(genesisHash)) {
            throw new ProtocolViolationException(DisconnectReason.WRONG_GENESIS, "the peer is on network "
                    + theirs.networkId() + " with genesis " + theirs.genesisHash() + "; this node is on network "
                    + networkId + " with genesis " + genesisHash);
        }
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
