package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The frame types of protocol §8, each named by its 3 ASCII bytes on the wire and paired with its body decoder. A type
 * not listed here is a protocol violation.
 */
public enum MessageType {
    PUZ(Puzzle::read),
    SOL(Solution::read),
    HEY(Hey::read),
    ERR(ErrorNotice::read),
    PNG(Ping::read),
    PON(Pong::read),
    RBH(HeadRequest::read),
    BLH(HeadAnnouncement::read),
    RBL(BlocksRequest::read),
    ABL(BlocksPage::read),
    BLK(NewBlock::read),
    TXN(NewTransaction::read),
    THA(TransactionHashes::read),
    TGR(TransactionRequest::read),
    TBS(TransactionBodies::read),
    GPR(PeersRequest::read),
    PRS(PeerList::read);

    /** The length of a type code on the wire. */
    public static final int CODE_LENGTH = 3;

    private final CanonicalReader.Decoder<? extends Message> decoder;
    private final byte[] code;

    MessageType(CanonicalReader.Decoder<? extends Message> decoder) {
        this.decoder = decoder;
        this.code = name().getBytes(StandardCharsets.US_ASCII);
    }

    /** The type whose code is {@code code[offset .. offset+3)}, if there is one. */
    public static Optional<MessageType> byCode(byte[] code, int offset) {
        for (MessageType type : values()) {
            if (type.code[0] == code[offset] && type.code[1] == code[offset + 1] && type.code[2] == code[offset + 2]) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Writes the 3 code bytes into {@code target} at {@code offset}. */
    public void copyCode(byte[] target, int offset) {
        System.arraycopy(code, 0, target, offset, CODE_LENGTH);
    }

    /**
     * Decodes a body of this type strictly: canonical MessagePack, exactly one value, no trailing bytes.
     *
     * @throws dev.ccoin.core.codec.DecodeException if it does not decode
     */
    public Message decode(byte[] body) {
        return CanonicalReader.decode(body, decoder);
    }
}
