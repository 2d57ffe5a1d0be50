package dev.ccoin.node.p2p.framing;

/**
 * Why a connection ends. The name is the {@code ERR} code sent to the peer and what the log shows.
 * {@link #sendsError()} says whether the closing side tells the peer with {@code ERR} (it cannot when the
 * connection is already gone); {@link #bansPeer()} whether the peer proved itself broken or hostile, which bans it
 * for the ban duration (protocol §8: 10 minutes).
 */
public enum DisconnectReason {
    /** Another network id or genesis hash: the peer is on another chain. */
    WRONG_GENESIS(true, false),
    /** A protocol version this node does not speak. */
    UNSUPPORTED_VERSION(true, false),
    /** The peer is this node itself (its node id is ours). */
    SELF_CONNECTION(true, false),
    /** A connection to this node id exists already. */
    DUPLICATE_CONNECTION(true, false),
    /** {@code max_peers} connections are open. */
    TOO_MANY_PEERS(true, false),
    /** The peer's node id or address is banned. */
    BANNED(true, false),
    /** The local peer filter does not allow this node (tests use it to partition a network). */
    NOT_ALLOWED(true, false),
    /**
     * A dial to an expected node id (a boot node given as {@code nodeId@host:port}, a {@code PRS} entry, a LAN
     * announcement) reached another node.
     */
    NODE_ID_MISMATCH(true, false),
    /**
     * The TLS 1.3 handshake failed: another TLS version, no certificate, a certificate the trust rule refuses
     * (protocol §8 step 2), or bytes that are not TLS. Nothing can be said to the peer outside TLS.
     */
    TLS_FAILED(false, false),
    /** No complete TLS handshake within the handshake timeout. */
    TLS_TIMEOUT(false, false),
    /** No complete {@code HEY} exchange within the handshake timeout (for a dial, no {@code PUZ} either). */
    HANDSHAKE_TIMEOUT(true, false),
    /** A first frame inside TLS other than {@code HEY}. */
    BAD_HANDSHAKE(true, true),
    /** The {@code HEY} names another node key than the key of the peer's TLS certificate. */
    NODE_KEY_MISMATCH(true, true),
    /** A length prefix over {@code max_frame_bytes}. */
    FRAME_TOO_LARGE(true, true),
    /** A length prefix too short to hold a type. */
    MALFORMED_FRAME(true, true),
    /** A frame type that is not in protocol §8. */
    UNKNOWN_MESSAGE(true, true),
    /** A body that is not the canonical encoding of its type. */
    MALFORMED_MESSAGE(true, true),
    /** A message that makes no sense now, such as an {@code ABL} nobody asked for or a second {@code HEY}. */
    UNEXPECTED_MESSAGE(true, true),
    /** An {@code ABL} that does not answer the request: too many blocks, or blocks that do not follow each other. */
    BAD_RESPONSE(true, true),
    /** A block that breaks a consensus rule its sender could have checked. */
    INVALID_BLOCK(true, true),
    /** A transaction with a bad signature, stamp, key, network or size. */
    INVALID_TRANSACTION(true, true),
    /** A request unanswered within the request timeout: the peer stalls. */
    REQUEST_TIMEOUT(true, false),
    /** No frame within the idle timeout, pings included. */
    IDLE_TIMEOUT(true, false),
    /** The peer reads more slowly than we write: its outbound queue filled up. */
    QUEUE_OVERFLOW(true, false),
    /** This node is shutting down. */
    SHUTDOWN(true, false),
    /** The responder's admission puzzle is above {@code max_solve_bits}: try again later, after backoff. */
    PUZZLE_TOO_HARD(false, false),
    /** No nonce met the responder's admission puzzle within its window. */
    PUZZLE_UNSOLVED(false, false),
    /** The stream ended inside a frame. */
    TRUNCATED_FRAME(false, false),
    /** The peer closed the connection, or the socket failed. */
    CONNECTION_LOST(false, false),
    /** Dialling the peer failed. */
    CONNECT_FAILED(false, false),
    /** The peer sent {@code ERR} with a code this node does not know. */
    PEER_ERROR(false, false);

    private final boolean sendsError;
    private final boolean bansPeer;

    DisconnectReason(boolean sendsError, boolean bansPeer) {
        this.sendsError = sendsError;
        this.bansPeer = bansPeer;
    }

    public boolean sendsError() {
        return sendsError;
    }

    public boolean bansPeer() {
        return bansPeer;
    }

    /** The reason named by a peer's {@code ERR} code, or {@link #PEER_ERROR} for a code this node does not know. */
    public static DisconnectReason fromCode(String code) {
        for (DisconnectReason reason : values()) {
            if (reason.name().equals(code)) {
                return reason;
            }
        }
        return PEER_ERROR;
    }
}
